#pragma once

#include <QDialog>
#include <QPointer>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QThread;

namespace keyturn {

/// Asks for a team workspace's address (postgresql://user@host:port/database) and, optionally, its password, and
/// tests the connection on a worker thread. On success the password is remembered for this process
/// (Database::rememberPassword), kept in the system keychain if the user asks, and the address joins the recent list.
/// The password never reaches QSettings, a log or a message, and the field is cleared after every attempt.
class ConnectTeamDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectTeamDialog(QWidget *parent = nullptr);
    ~ConnectTeamDialog() override;

    /// Adds "Connect to team workspace…" (Ctrl+Shift+O) to `menu`: it runs the dialog and, on success, starts a new
    /// Keyturn window on that workspace.
    static QAction *addTo(QMenu *menu, QWidget *parent);

    /// The keychain entry of a team workspace's password (service TokenStore::keychainService()).
    static QString keychainKey(const QString &address);
    /// Reads the password the dialog kept for `address`. `done` runs later from the event loop, never before this
    /// returns: (password, "") on success, ("", "") when none is kept, ("", message) when the keychain cannot be
    /// reached.
    static void readKeychainPassword(const QString &address, std::function<void(QString password, QString error)> done);
    /// The addresses connected to lately, most recent first (QSettings "team/recentAddresses"; never a password).
    static QStringList recentAddresses();
    /// Puts `address` first in the recent list (at most 8). An address carrying a password is refused (false).
    static bool addRecentAddress(const QString &address);

    /// The workspace's address after a successful connection, as Keyturn writes it.
    QString address() const { return m_location; }
    /// Why the keychain did not keep the password, if it did not; the connection itself succeeded.
    QString keychainError() const { return m_keychainError; }
    /// Whether a connection test or the keychain is still at work.
    bool isConnecting() const;

    QComboBox *addressField() const { return m_address; }
    QLineEdit *passwordField() const { return m_password; }
    QCheckBox *keepInKeychainBox() const { return m_keep; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *statusLabel() const { return m_status; }

private:
    struct Outcome
    {
        QString location;
        QString user;
        QString error;
    };
    void startConnecting();
    void finishConnecting(const Outcome &outcome);
    void storeInKeychain(const QString &user, const QString &password);
    void setBusy(bool busy);
    /// Starts `QCoreApplication::applicationFilePath() --workspace address()`; an error message, or empty.
    QString startWorkspaceWindow();

    QComboBox *m_address;
    QLineEdit *m_password;
    QCheckBox *m_keep;
    QLabel *m_status;
    QPushButton *m_connect;
    QPushButton *m_cancel;
    QPointer<QThread> m_thread;
    bool m_keychainBusy = false;
    QString m_location;
    QString m_pendingPassword; ///< the typed password while an attempt runs
    QString m_handOffPassword; ///< typed but not in the keychain: the new window gets it through its environment
    bool m_storedInKeychain = false;
    QString m_keychainError;
};

} // namespace keyturn
