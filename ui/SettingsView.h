#pragma once

#include "core/net/TokenStore.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace keyturn {

class Connections;
class Workspace;
struct ConnectionProfile;

/// Settings → Connections: the profile's services, their tokens (to the OS keychain, never elsewhere), and a
/// "Test connection" that reports each service's state.
class SettingsView : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsView(Workspace &workspace, QWidget *parent = nullptr);

    /// Fills the form from the stored profile.
    void load();
    /// Validates and stores the profile, then any token typed in, in the keychain.
    void save();
    /// Reaches every configured service with the form's values.
    void testConnections();

Q_SIGNALS:
    void testFinished();
    void saved();

private:
    ConnectionProfile profileFromForm() const;
    void showMessage(const QString &text, bool error);
    void updateTokenHints();
    void updateMailFields();

    Workspace &m_workspace;
    QLineEdit *m_platform;
    QLineEdit *m_vault;
    QLineEdit *m_mount;
    QLineEdit *m_namespace;
    QComboBox *m_mailTransport;
    QLineEdit *m_mailApi;
    QLineEdit *m_smtp;
    QLineEdit *m_smtpUser;
    QLineEdit *m_from;
    QLineEdit *m_caBundle;
    QMap<TokenKind, QLineEdit *> m_tokens;
    QMap<TokenKind, QLabel *> m_tokenHints;
    QPushButton *m_saveButton;
    QPushButton *m_testButton;
    QLabel *m_message;
    QTreeWidget *m_results;
    QPointer<Connections> m_testing;
};

} // namespace keyturn
