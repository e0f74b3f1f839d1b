#pragma once

#include "core/Result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace keyturn {

struct NoticeRecord;

/// Edits a notice's subject and Markdown body with a live preview of what the consumer will see. Saving hands the
/// text to `save` (the caller's edit of the notice); when that fails the dialog stays open with the message and
/// nothing was saved.
class NoticeEditDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<Result<void>(const QString &subject, const QString &bodyMarkdown)>;

    NoticeEditDialog(const NoticeRecord &notice, Save save, QWidget *parent = nullptr);

    QString subject() const;
    QString bodyMarkdown() const;
    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QTextBrowser *preview() const { return m_preview; }
    QPushButton *saveButton() const { return m_saveButton; }
    /// The message shown under the editor: a render problem or the refusal of the last save; empty when none.
    QString errorText() const;

public Q_SLOTS:
    /// Saves through `save`; closes the dialog when that succeeded.
    void trySave();

private:
    void updatePreview();
    void showError(const QString &message);

    Save m_save;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QTextBrowser *m_preview;
    QLabel *m_error;
    QPushButton *m_saveButton;
};

} // namespace keyturn
