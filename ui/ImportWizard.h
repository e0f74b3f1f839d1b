#pragma once

#include "core/Result.h"
#include "core/importer/InventoryImport.h"
#include "core/store/WorkspaceStore.h"

#include <QWizard>

#include <optional>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QListWidget;
class QTreeWidget;

namespace keyturn {

class Workspace;

/// Import the key inventory from a YAML or CSV file: choose the file → preview what it adds and changes, with every
/// error by line (Next stays disabled while there is one) → confirm and apply in one audited transaction → result.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum Pages
    {
        ChooseFile,
        Preview,
        Confirm,
        Done
    };
    Q_ENUM(Pages)

    /// `path` preselects the file to import (empty: the person chooses one).
    explicit ImportWizard(Workspace &workspace, const QString &path = {}, QWidget *parent = nullptr);

    QString filePath() const;
    void setFilePath(const QString &path);
    /// The last preview read (empty before the Preview page was shown).
    const ImportPreview &preview() const { return m_preview; }
    /// What was written; nullopt until the import was applied.
    std::optional<ImportSummary> summary() const { return m_summary; }

Q_SIGNALS:
    /// The import was applied: the inventory changed (or was confirmed unchanged).
    void imported(int added, int changed);

private:
    friend class ImportPreviewPage;
    friend class ImportConfirmPage;
    friend class ImportDonePage;

    Workspace &m_workspace;
    ImportPreview m_preview;
    std::optional<ImportSummary> m_summary;
    QLineEdit *m_path = nullptr;
};

/// The inventory rows a (possibly proxied) view of the InventoryModel shows, in its order: the filtered inventory.
QList<InventoryRow> visibleInventoryRows(const QAbstractItemModel *model);

/// Writes `rows` as CSV (atomically). Without `path` it asks where, offering a dated file name, and shows a
/// failure in a message box; with `path` it asks nothing. A cancelled dialog returns an Error with an empty message.
Result<int> exportInventoryCsv(QWidget *parent, const QList<InventoryRow> &rows, const QDateTime &now,
                               const QString &path = {});

} // namespace keyturn
