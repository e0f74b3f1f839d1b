#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace keyturn {

class Workspace;

/// Everything about one key beside the inventory: its versions (fingerprints, prefixes, states), its rotation runs,
/// the notices about it and its audit trail. Read from the workspace when a key is shown; never a secret.
class KeyDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        VersionsTab,
        RunsTab,
        NoticesTab,
        AuditTab
    };

    explicit KeyDetailsPanel(Workspace &workspace, QWidget *parent = nullptr);

    /// The key shown; 0 when none.
    qint64 credentialId() const { return m_credentialId; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *versionsTable() const { return m_versions; }
    QTableWidget *runsTable() const { return m_runs; }
    QTableWidget *noticesTable() const { return m_notices; }
    QTableWidget *auditTable() const { return m_audit; }

public Q_SLOTS:
    /// Shows a key (0: none). What cannot be read is said in the panel; the rest is still shown.
    void showCredential(qint64 credentialId);
    /// Reads the shown key again (after a rotation, a sync).
    void reload();

Q_SIGNALS:
    /// The panel now shows this key (0: none, and the panel is a one-line hint).
    void credentialShown(qint64 credentialId);
    /// A row of the audit trail was double-clicked: show this event in the audit history.
    void auditEventActivated(qint64 eventId);

private:
    void showNothing();

    Workspace &m_workspace;
    qint64 m_credentialId = 0;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_problem;
    QTabWidget *m_tabs;
    QTableWidget *m_versions;
    QTableWidget *m_runs;
    QTableWidget *m_notices;
    QTableWidget *m_audit;
};

} // namespace keyturn
