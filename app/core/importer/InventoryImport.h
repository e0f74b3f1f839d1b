#pragma once

#include "../Result.h"
#include "../domain/Credential.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace keyturn {

class WorkspaceStore;

/// One problem of an import file: where it is (line 0: the file as a whole), which field, and what is wrong.
struct ImportIssue
{
    int line = 0;
    QString field;
    QString message;

    /// "line 14: rotation_frequency '3x' is not a duration such as 30d"
    QString text() const;
};

/// One field an import changes on an existing credential, as people read it.
struct FieldChange
{
    QString field;
    QString before;
    QString after;
};

/// What importing one credential would do.
struct ImportRow
{
    enum class Action
    {
        Add,
        Change,
        Unchanged
    };
    Action action = Action::Add;
    int line = 0;
    /// The credential as the import leaves it (for a change: the stored one with the file's fields applied).
    Credential credential;
    QList<FieldChange> changes;
};

QString toString(ImportRow::Action action);

/// The formats the importer reads.
enum class ImportFormat
{
    Auto, ///< by the file's name (.csv), else YAML
    Yaml, ///< the rotation guide's inventory (`api_keys:`) and/or rotation schedules (`rotation_schedules:`)
    Csv   ///< a header row with the inventory's field names, then one credential a row
};

/// What an import would do, computed without writing anything. Apply it with InventoryImport::apply().
struct ImportPreview
{
    QString source;
    QList<ImportRow> rows;
    QList<ImportIssue> errors; ///< any error blocks apply()
    QList<ImportIssue> warnings;

    int added() const { return count(ImportRow::Action::Add); }
    int changed() const { return count(ImportRow::Action::Change); }
    int unchanged() const { return count(ImportRow::Action::Unchanged); }
    bool hasErrors() const { return !errors.isEmpty(); }
    /// Errors and warnings together, one a line ("line 3: ..."), for messages.
    QString errorText() const;

private:
    int count(ImportRow::Action action) const;
};

/// What apply() wrote.
struct ImportSummary
{
    int added = 0;
    int changed = 0;
    int unchanged = 0;
};

/// Imports the key inventory from YAML (the rotation guide's `api_keys:` list, and its `rotation_schedules:` list,
/// which sets the cron schedule and grace period of credentials it names) or CSV. Reading only previews: every
/// problem of the file is collected with its line; apply() then writes the whole preview in one audited transaction,
/// or nothing. Credentials are matched by name; fields a file leaves out keep their stored value.
class InventoryImport
{
public:
    /// Files larger than this are refused before they are read.
    static constexpr qint64 kMaxFileBytes = 50LL * 1024 * 1024;

    explicit InventoryImport(WorkspaceStore &store);

    /// Reads and checks a file against the workspace's inventory. Never writes.
    ImportPreview previewFile(const QString &path, ImportFormat format = ImportFormat::Auto) const;
    /// The same for file contents already in memory; `source` names them in messages.
    ImportPreview preview(const QByteArray &content, ImportFormat format, const QString &source = {}) const;

    /// Writes every added and changed credential of `preview`, plus one `inventory.imported` audit event, in one
    /// transaction. Refused (nothing written) when the preview has errors or the inventory changed since it was read.
    Result<ImportSummary> apply(const ImportPreview &preview);

    /// Why a 5-field cron expression (minute hour day-of-month month day-of-week, UTC) is not valid; empty when valid.
    static QString cronProblem(const QString &expression);
    /// The field names of the inventory format (YAML keys and CSV columns), in the export's order.
    static QStringList fieldNames();

private:
    WorkspaceStore &m_store;
};

} // namespace keyturn
