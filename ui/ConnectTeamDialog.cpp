#include "ConnectTeamDialog.h"

#include "Shortcuts.h"
#include "core/net/TokenStore.h"
#include "core/store/Database.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <qt6keychain/keychain.h>

#include <memory>

namespace keyturn {

namespace {
const QString kRecentKey = QStringLiteral("team/recentAddresses");
constexpr int kMaxRecent = 8;
/// Hands a typed password that is not in the keychain to the window started for it; main.cpp reads and unsets it.
constexpr char kHandOffVariable[] = "KEYTURN_TEAM_PASSWORD";

/// Whether an address holds a password (user:password@ or ?password=), even one QUrl cannot parse.
bool carriesPassword(const QString &address)
{
    const QUrl url(address);
    if (!url.password().isEmpty() || QUrlQuery(url).hasQueryItem(QStringLiteral("password")))
        return true;
    static const QRegularExpression inQuery(QStringLiteral("[?&]password="), QRegularExpression::CaseInsensitiveOption);
    if (address.contains(inQuery))
        return true;
    const QString authority = address.section(QLatin1String("://"), 1).section(QLatin1Char('/'), 0, 0);
    return authority.contains(QLatin1Char('@')) &&
           authority.section(QLatin1Char('@'), 0, -2).contains(QLatin1Char(':'));
}

/// What went wrong with the keychain, in plain words where QtKeychain has a kind for it.
QString keychainProblem(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable: return ConnectTeamDialog::tr("no Secret Service keychain is running");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser: return ConnectTeamDialog::tr("access to it was denied");
    default: return job->errorString();
    }
}

/// The address as Database writes it (Database::location()), so that keys and the recent list match what it opened.
QString canonicalAddress(const QString &address)
{
    const QString trimmed = address.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    return url.isValid() ? url.toString(QUrl::RemovePassword) : trimmed;
}

/// The address without its password, or empty when the password cannot be told apart from the rest.
QString withoutPassword(const QString &address)
{
    QUrl url(address);
    url.setPassword(QString());
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("password"));
    url.setQuery(query.isEmpty() ? QString() : query.toString(QUrl::FullyEncoded));
    const QString cleaned = url.toString();
    return carriesPassword(cleaned) ? QString() : cleaned;
}
} // namespace

ConnectTeamDialog::ConnectTeamDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("connectTeamDialog"));
    setWindowTitle(tr("Connect to Team Workspace"));

    auto *intro = new QLabel(tr("A team workspace lives on a PostgreSQL server your team shares. There you act as "
                                "your database user, with what its roles allow."),
                             this);
    intro->setWordWrap(true);

    m_address = new QComboBox(this);
    m_address->setObjectName(QStringLiteral("teamAddress"));
    m_address->setEditable(true);
    // typed text never joins the list by itself: only addresses that connected do
    m_address->setInsertPolicy(QComboBox::NoInsert);
    m_address->setMinimumContentsLength(54);
    m_address->addItems(recentAddresses());
    m_address->lineEdit()->setPlaceholderText(QStringLiteral("postgresql://alice@db.example.com:5432/keyturn"));
    m_address->setAccessibleName(tr("Team workspace address"));
    m_address->setAccessibleDescription(
        tr("postgresql://user@host:port/database, optionally with ?sslmode=require; never a password"));
    m_address->setToolTip(tr("Write the password in the field below, never in the address."));
    auto *addressLabel = new QLabel(tr("&Address:"), this);
    addressLabel->setBuddy(m_address);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("teamPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Optional: leave empty to use PGPASSWORD or ~/.pgpass"));
    m_password->setAccessibleName(tr("Database password"));
    m_password->setAccessibleDescription(tr("Optional: leave empty to use PGPASSWORD or ~/.pgpass"));
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);

    m_keep = new QCheckBox(tr("&Keep the password in the system keychain"), this);
    m_keep->setObjectName(QStringLiteral("keepInKeychain"));
    m_keep->setAccessibleName(tr("Keep the password in the system keychain"));
    m_keep->setToolTip(tr("Later Keyturn windows then find it there. Without it, the password lasts for this "
                          "session only."));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("connectStatus"));
    m_status->setAccessibleName(tr("Connection status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 3);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *buttons = new QDialogButtonBox(this);
    m_connect = buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectTeamButton"));
    m_connect->setAccessibleName(tr("Connect to the team workspace"));
    m_connect->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setText(tr("&Cancel"));
    m_cancel->setAccessibleName(tr("Cancel"));

    auto *form = new QFormLayout;
    form->addRow(addressLabel, m_address);
    form->addRow(passwordLabel, m_password);
    form->addRow(QString(), m_keep);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status, 1);
    layout->addWidget(buttons);

    connect(m_connect, &QPushButton::clicked, this, &ConnectTeamDialog::startConnecting);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, this, [this] {
        m_password->clear();
        m_pendingPassword.clear();
    });
    if (m_address->currentText().isEmpty())
        m_address->setFocus();
    else
        m_password->setFocus();
}

ConnectTeamDialog::~ConnectTeamDialog()
{
    // A test still under way ends by itself (libpq's connect_timeout) and deletes its thread; it knows nothing of
    // this dialog. An application quitting meanwhile waits for it rather than tear its connection down under it.
    if (m_thread) {
        QThread *thread = m_thread;
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, thread, [thread] { thread->wait(); });
    }
}

QAction *ConnectTeamDialog::addTo(QMenu *menu, QWidget *parent)
{
    QAction *action = menu->addAction(tr("Connect to &team workspace…"));
    action->setObjectName(QStringLiteral("connectTeamWorkspaceAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    action->setShortcutVisibleInContextMenu(true);
    setShortcutToolTip(action, tr("Open a shared PostgreSQL workspace in a new window"));
    connect(action, &QAction::triggered, parent, [parent] {
        auto *dialog = new ConnectTeamDialog(parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, parent, [dialog, parent] {
            QStringList problems;
            if (!dialog->keychainError().isEmpty())
                problems << dialog->keychainError();
            if (const QString failed = dialog->startWorkspaceWindow(); !failed.isEmpty())
                problems << failed;
            if (problems.isEmpty())
                return;
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Team workspace"),
                                        problems.join(QStringLiteral("\n\n")), QMessageBox::Ok, parent);
            box->setTextFormat(Qt::PlainText);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
        dialog->open();
    });
    return action;
}

bool ConnectTeamDialog::isConnecting() const
{
    return !m_thread.isNull() || m_keychainBusy;
}

QString ConnectTeamDialog::keychainKey(const QString &address)
{
    return QStringLiteral("team-database:") + canonicalAddress(address);
}

void ConnectTeamDialog::readKeychainPassword(const QString &address,
                                             std::function<void(QString password, QString error)> done)
{
    const QString shown = carriesPassword(address) ? tr("the team workspace") : canonicalAddress(address);
    auto *job = new QKeychain::ReadPasswordJob(TokenStore::keychainService());
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(keychainKey(address));
    connect(job, &QKeychain::Job::finished, job, [done = std::move(done), shown](QKeychain::Job *j) {
        QString password;
        QString error;
        if (j->error() == QKeychain::NoError)
            password = QString::fromUtf8(static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData());
        else if (j->error() != QKeychain::EntryNotFound)
            error = tr("The system keychain could not read the password of %1 (%2). Set PGPASSWORD or use "
                       "~/.pgpass instead, or unlock a Secret Service keychain.")
                        .arg(shown, keychainProblem(j));
        // always from the event loop: a job that fails at once must not call back before the caller waits
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [done, password, error] { done(password, error); }, Qt::QueuedConnection);
    });
    job->start();
}

QStringList ConnectTeamDialog::recentAddresses()
{
    QStringList recent;
    for (const QString &address : QSettings().value(kRecentKey).toStringList()) {
        if (!address.trimmed().isEmpty() && !carriesPassword(address) && !recent.contains(address))
            recent << address;
        if (recent.size() == kMaxRecent)
            break;
    }
    return recent;
}

bool ConnectTeamDialog::addRecentAddress(const QString &address)
{
    if (address.trimmed().isEmpty() || carriesPassword(address))
        return false;
    QStringList recent = recentAddresses();
    recent.removeAll(address);
    recent.prepend(address);
    QSettings().setValue(kRecentKey, recent.mid(0, kMaxRecent));
    return true;
}

void ConnectTeamDialog::startConnecting()
{
    if (isConnecting())
        return;
    m_keychainError.clear();
    const QString address = m_address->currentText().trimmed();
    if (address.isEmpty()) {
        m_status->setText(tr("Write the address of the team workspace, such as "
                             "postgresql://alice@db.example.com:5432/keyturn."));
        m_address->setFocus();
        return;
    }
    if (!Database::isServerLocation(address)) {
        // not echoed: what was typed may hold a password
        m_status->setText(tr("That is not the address of a team workspace. It starts with postgresql:// and names "
                             "the user, the server and the database, such as "
                             "postgresql://alice@db.example.com:5432/keyturn. Nothing was opened."));
        m_address->setFocus();
        return;
    }
    m_pendingPassword = m_password->text();
    setBusy(true);
    m_status->setText(tr("Connecting to the team workspace…"));

    auto outcome = std::make_shared<Outcome>();
    // Its own connection, opened and closed on the worker: a QtSql connection belongs to the thread that opened it.
    m_thread = QThread::create([outcome, address, password = m_pendingPassword] {
        Database::Options options;
        options.createIfMissing = false;
        options.password = password;
        auto db = Database::open(address, options);
        if (!db) {
            outcome->error = db.errorMessage();
            return;
        }
        outcome->location = (*db)->location();
        outcome->user = (*db)->serverUser();
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread = nullptr;
        finishConnecting(*outcome);
    });
    m_thread->start();
}

void ConnectTeamDialog::finishConnecting(const Outcome &outcome)
{
    const QString password = std::exchange(m_pendingPassword, QString());
    m_password->clear();
    setBusy(false);
    if (!isVisible())
        return; // cancelled meanwhile: nothing is kept
    if (outcome.location.isEmpty()) {
        QStringList lines = outcome.error.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (QString &line : lines) // libpq indents its hint on a second line
            line = line.trimmed();
        m_status->setText(lines.isEmpty() ? tr("The connection test stopped unexpectedly. Nothing was opened.")
                                          : lines.join(QLatin1Char('\n')));
        // keep a password typed into the address off the screen
        if (const QString typed = m_address->currentText(); carriesPassword(typed))
            m_address->setEditText(withoutPassword(typed));
        m_address->setFocus();
        return;
    }
    m_location = outcome.location;
    m_address->setEditText(m_location);
    if (!password.isEmpty())
        Database::rememberPassword(m_location, password);
    addRecentAddress(m_location);
    m_status->setText(tr("Connected as %1.").arg(outcome.user));
    if (m_keep->isChecked() && !password.isEmpty()) {
        storeInKeychain(outcome.user, password);
        return;
    }
    m_handOffPassword = password;
    accept();
}

void ConnectTeamDialog::storeInKeychain(const QString &user, const QString &password)
{
    m_keychainBusy = true;
    setBusy(true);
    m_status->setText(tr("Connected as %1. Keeping the password in the system keychain…").arg(user));
    auto *job = new QKeychain::WritePasswordJob(TokenStore::keychainService());
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(keychainKey(m_location));
    job->setBinaryData(password.toUtf8());
    connect(job, &QKeychain::Job::finished, this, [this, user, password](QKeychain::Job *j) {
        m_keychainBusy = false;
        setBusy(false);
        if (!isVisible())
            return;
        if (j->error() == QKeychain::NoError) {
            m_storedInKeychain = true;
        } else {
            m_keychainError = tr("Connected as %1, but the system keychain could not keep the password (%2). The new "
                                 "window gets it for this session only; next time set PGPASSWORD or use ~/.pgpass, "
                                 "or unlock a Secret Service keychain.")
                                  .arg(user, keychainProblem(j));
            m_handOffPassword = password;
        }
        accept();
    });
    job->start();
}

void ConnectTeamDialog::setBusy(bool busy)
{
    m_address->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_keep->setEnabled(!busy);
    m_connect->setEnabled(!busy);
}

QString ConnectTeamDialog::startWorkspaceWindow()
{
    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments({QStringLiteral("--workspace"), m_location});
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QLatin1String(kHandOffVariable));
    if (!m_handOffPassword.isEmpty())
        environment.insert(QLatin1String(kHandOffVariable), std::exchange(m_handOffPassword, QString()));
    process.setProcessEnvironment(environment);
    if (!process.startDetached())
        return tr("The new Keyturn window could not start: %1").arg(process.errorString());
    return {};
}

} // namespace keyturn
