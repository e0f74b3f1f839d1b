#pragma once

#include "../Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace keyturn {

/// A notice template: a subject line and a Markdown body with {{placeholder}}s. Templates are versioned: an edit
/// stores a new version, and each notice records the version it was drafted from.
struct NoticeTemplate
{
    QString name;    ///< e.g. migration-rest, reminder, emergency, extension
    int version = 0; ///< 0: the built-in default that has not been stored yet
    QString subject; ///< one line, may hold placeholders
    QString bodyMarkdown;
    QString createdBy;
    QDateTime createdAt;
};

/// A placeholder a template may use, and what it stands for.
struct PlaceholderInfo
{
    QString name;
    QString description;
};

/// A notice with its placeholders filled: still Markdown, ready for the approval queue and for rendering.
struct FilledNotice
{
    QString subject;
    QString bodyMarkdown;
};

/// A rendered notice body as the consumer sees it.
struct RenderedBody
{
    QString text; ///< plain text (the text/plain part)
    QString html; ///< a complete small HTML document (the text/html part)
};

/// Fills and renders notice templates (DESIGN.md "notices/").
/// Placeholders are written {{name}} (spaces inside the braces allowed). A placeholder that is not in
/// knownPlaceholders(), or one whose value is missing or empty, is an error naming it and its line; nothing is
/// filled with a blank. Values are inserted as literal text: Markdown punctuation in a value is escaped outside code,
/// and every value is HTML-escaped when the body is rendered to HTML.
class NoticeTemplates
{
public:
    /// The placeholders templates may use.
    static QList<PlaceholderInfo> knownPlaceholders();
    /// The built-in templates (version 0): migration-rest, migration-python, migration-node, migration-java,
    /// migration-go, migration-environments, reminder, emergency, extension.
    static QList<NoticeTemplate> defaults();
    /// The migration template for a consumer's integration pattern (rest, python, node, java, go, environments);
    /// an unknown pattern gets migration-rest.
    static QString migrationTemplateFor(const QString &integrationPattern);
    /// Checks a template for unknown placeholders and unbalanced braces, without values. For saving an edit.
    static Result<void> validate(const NoticeTemplate &tmpl);
    /// Fills subject and body. Errors name the placeholder and its line ("line 4: unknown placeholder {{contcat}}").
    static Result<FilledNotice> fill(const NoticeTemplate &tmpl, const QHash<QString, QString> &values);
    /// Markdown (the subset below) to plain text and HTML. Refuses text that still holds a {{placeholder}}.
    /// Subset: # headings (1-3), paragraphs, - / * bullet lists, 1. numbered lists, ``` fenced code blocks,
    /// `inline code`, **bold**, *emphasis*, [text](https://url) links, backslash escapes of \ ` * _ [ ] # < > { }.
    static Result<RenderedBody> render(const QString &markdown);
};

} // namespace keyturn
