#pragma once

#include "core/Result.h"
#include "core/domain/KeyStatus.h"

#include <QKeySequence>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace keyturn {

class InventoryFilterModel;
class InventoryModel;
class KeyDetailsPanel;
class Workspace;
struct InventoryFilter;

/// The key inventory: a sortable table with filters (text, kind, provider, environment, owner, criticality,
/// status), saved filter sets, a column chooser in the header's context menu, and a details panel for the
/// selected key. Saved filters and hidden columns are personal view preferences: they live in QSettings
/// ("inventory/…"), not in the shared, audited workspace.
class InventoryView : public QWidget
{
    Q_OBJECT
public:
    /// The full view, with the details panel (versions, runs, notices, audit trail) read from `workspace`.
    explicit InventoryView(Workspace &workspace, QWidget *parent = nullptr);
    /// The table and its filters only, without a details panel.
    explicit InventoryView(InventoryModel *model, QWidget *parent = nullptr);

    InventoryFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *rotateButton() const { return m_rotate; }
    QPushButton *emergencyButton() const { return m_emergency; }
    /// nullptr when the view was built without the workspace.
    KeyDetailsPanel *detailsPanel() const { return m_details; }

    /// The credential of the current row, or 0 when none (or more than one row) is selected.
    qint64 selectedCredentialId() const;
    /// Whether rotations can start at all (the services are connected); `why` explains when not.
    void setRotationAvailable(bool available, const QString &why = {});
    /// The window-wide shortcuts that rotate and revoke the selected key, named in the buttons' tooltips.
    void setActionShortcuts(const QKeySequence &rotate, const QKeySequence &emergency);

    /// Sets every filter control at once.
    void applyFilter(const InventoryFilter &filter);
    /// Saves the current filters under `name` (replacing a saved filter of that name). Refused when nothing is
    /// filtered or the search text looks like key material; nothing is saved then.
    Result<void> saveCurrentFilter(const QString &name);
    /// Applies a saved filter; false when there is none of that name.
    bool applySavedFilter(const QString &name);
    void deleteSavedFilter(const QString &name);
    QStringList savedFilterNames() const;
    /// Shows or hides a column and remembers it.
    void setColumnVisible(int column, bool visible);

public Q_SLOTS:
    /// Shows only keys with this status (nullopt: all), as the dashboard's tiles ask.
    void showStatus(std::optional<keyturn::KeyStatus> status);
    /// Selects a key, scrolls to it and shows its details; clears the filters if they hide it. False if unknown.
    bool showCredential(qint64 id);
    /// Clears every filter.
    void clearFilters();

Q_SIGNALS:
    /// The operator asked to rotate a held key (0: choose it in the wizard).
    void rotateRequested(qint64 credentialId);
    /// The operator asked to revoke a held key at once (0: choose it in the wizard).
    void emergencyRequested(qint64 credentialId);
    /// An event of the selected key's audit trail was double-clicked: show it in the audit history.
    void auditEventRequested(qint64 eventId);

private:
    void build(InventoryModel *model, Workspace *workspace);
    void refillChoices();
    void updateCount();
    void updateKeyActions();
    void showContextMenu(const QPoint &pos);
    void showColumnMenu(const QPoint &pos);
    void restoreColumns();
    void refillSavedFilters(const QString &current = {});
    void askToSaveFilter();
    void filterControlsChanged();
    /// The details panel takes room only while it shows a key.
    void fitDetails(qint64 shownId);
    InventoryFilter filterFromControls() const;
    /// Why the selected key cannot be rotated from here; empty when it can.
    QString whyNotRotatable() const;

    InventoryModel *m_model = nullptr;
    InventoryFilterModel *m_filter = nullptr;
    KeyDetailsPanel *m_details = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_saved = nullptr;
    QPushButton *m_saveFilter = nullptr;
    QPushButton *m_deleteFilter = nullptr;
    QPushButton *m_clearFilters = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_environment = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_criticality = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_status = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    QKeySequence m_rotateKey;
    QKeySequence m_emergencyKey;
    QTimer *m_detailsTimer = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_rotate = nullptr;
    QPushButton *m_emergency = nullptr;
    bool m_rotationAvailable = false;
    bool m_applyingFilter = false;
    int m_detailsHeight = 300; ///< the panel's height while it shows a key (the operator may drag it)
    QString m_unavailableReason;
};

} // namespace keyturn
