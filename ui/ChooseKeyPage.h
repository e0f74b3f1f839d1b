#pragma once

#include <QWizardPage>

#include <chrono>
#include <optional>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace keyturn {

class Workspace;

/// Wizard page: choose one held key (a filterable list of the inventory's held, not revoked, credentials) and, for a
/// rotation, the grace period (empty: the key's own).
class ChooseKeyPage : public QWizardPage
{
    Q_OBJECT
public:
    enum class Purpose
    {
        Rotate,
        EmergencyRevoke
    };

    ChooseKeyPage(Workspace &workspace, Purpose purpose, qint64 preselectedCredentialId, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    /// The chosen credential's id, or 0.
    qint64 credentialId() const;
    QString credentialName() const;
    /// The grace period typed in; nullopt for the key's own (or for an emergency).
    std::optional<std::chrono::seconds> grace() const;
    /// The key's own grace period in seconds, or 0 when none is chosen.
    qint64 defaultGraceSeconds() const;

    /// Selects a listed credential; false when it is not listed (or hidden by the filter).
    bool selectCredential(qint64 credentialId);
    bool selectCredential(const QString &name);

    QLineEdit *filterField() const { return m_filter; }
    QLineEdit *graceField() const { return m_grace; }
    QTreeView *keyList() const { return m_list; }

private:
    void loadKeys();
    void updateGraceHint();

    Workspace &m_workspace;
    Purpose m_purpose;
    qint64 m_preselected;
    QStandardItemModel *m_keys;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_list;
    QLineEdit *m_grace = nullptr;
    QLabel *m_graceHint = nullptr;
    QLabel *m_message;
    bool m_loaded = false;
};

} // namespace keyturn
