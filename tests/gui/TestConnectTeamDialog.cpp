#include "ConnectTeamDialog.h"
#include "TestSupport.h"
#include "core/store/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

using namespace keyturn;
using namespace keyturn::test;

namespace {
/// Everything QSettings holds for this test, as written to disk.
QByteArray settingsOnDisk()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList storedRecent()
{
    return QSettings().value(QStringLiteral("team/recentAddresses")).toStringList();
}

/// The mnemonic letter of a text with '&', or a null QChar.
QChar mnemonicOf(const QString &text)
{
    const int at = text.indexOf(QLatin1Char('&'));
    return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
}

/// Types into the dialog and presses Connect.
void attempt(ConnectTeamDialog &dialog, const QString &address, const QString &password = {})
{
    dialog.addressField()->setEditText(address);
    dialog.passwordField()->clear();
    if (!password.isEmpty())
        QTest::keyClicks(dialog.passwordField(), password);
    QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
}

/// The test server's password, which its pgpass file gives every user.
QString testServerPassword()
{
    QFile file(qEnvironmentVariable("KEYTURN_TEST_PG_DIR") + QStringLiteral("/pgpass"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the test server's pgpass file");
    return QString::fromUtf8(file.readAll()).trimmed().section(QLatin1Char(':'), 4);
}

/// A team workspace on the test server, created; then libpq's pgpass is out of reach, so only a typed or
/// remembered password gets in.
QString teamWorkspaceWithoutPgpass(const QTemporaryDir &dir, const QString &name)
{
    const QString location = newTestWorkspace(dir, name);
    if (!Database::open(location).ok())
        qFatal("cannot create the test workspace");
    qputenv("PGPASSFILE", QByteArrayLiteral("/nonexistent/keyturn-no-pgpass"));
    return location;
}
} // namespace

class TestConnectTeamDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_pgpassFile;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KeyturnTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestConnectTeamDialog"));
        QVERIFY2(QSettings().fileName().contains(QLatin1String("qttest")), qPrintable(QSettings().fileName()));
        // No Secret Service, whatever this machine has: the tests never touch a real keychain.
        qputenv("DBUS_SESSION_BUS_ADDRESS", QByteArrayLiteral("unix:path=/nonexistent/keyturn-test-bus"));
        qunsetenv("PGPASSWORD");
        m_pgpassFile = qgetenv("PGPASSFILE");
    }
    void init()
    {
        QSettings().clear();
        qputenv("PGPASSFILE", m_pgpassFile);
    }

    void everyControlHasAnAccessibleNameAndAMnemonic()
    {
        ConnectTeamDialog dialog;
        const QList<QWidget *> controls = {dialog.addressField(),  dialog.passwordField(), dialog.keepInKeychainBox(),
                                           dialog.connectButton(), dialog.cancelButton(),  dialog.statusLabel()};
        for (QWidget *control : controls)
            QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));

        QList<QChar> letters;
        for (QWidget *field : {static_cast<QWidget *>(dialog.addressField()), // named by their labels
                               static_cast<QWidget *>(dialog.passwordField())}) {
            const auto labels = dialog.findChildren<QLabel *>();
            const auto label =
                std::find_if(labels.begin(), labels.end(), [field](QLabel *l) { return l->buddy() == field; });
            QVERIFY2(label != labels.end(), qPrintable(field->objectName()));
            letters << mnemonicOf((*label)->text());
        }
        letters << mnemonicOf(dialog.keepInKeychainBox()->text()) << mnemonicOf(dialog.connectButton()->text())
                << mnemonicOf(dialog.cancelButton()->text());
        for (const QChar letter : letters)
            QVERIFY(!letter.isNull());
        QCOMPARE(QSet<QChar>(letters.begin(), letters.end()).size(), letters.size());

        QCOMPARE(dialog.passwordField()->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog.addressField()->lineEdit()->placeholderText(),
                 QStringLiteral("postgresql://alice@db.example.com:5432/keyturn"));
        QVERIFY(dialog.passwordField()->placeholderText().contains(QLatin1String("PGPASSWORD")));
        QVERIFY(!dialog.keepInKeychainBox()->isChecked());
    }

    void anAddressWithAPasswordIsRefusedAndNothingIsKept_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("cleaned");
        QTest::newRow("user:password@") << QStringLiteral("postgresql://alice:hunter2-secret@127.0.0.1:1/x")
                                        << QStringLiteral("postgresql://alice@127.0.0.1:1/x");
        QTest::newRow("?password=") << QStringLiteral("postgresql://alice@127.0.0.1:1/x?password=hunter2-secret")
                                    << QStringLiteral("postgresql://alice@127.0.0.1:1/x");
    }
    void anAddressWithAPasswordIsRefusedAndNothingIsKept()
    {
        QFETCH(QString, address);
        QFETCH(QString, cleaned);
        const QString expected = Database::open(address).errorMessage();
        QVERIFY(expected.contains(QLatin1String("carries a password")));

        ConnectTeamDialog dialog;
        dialog.show();
        attempt(dialog, address, QStringLiteral("typed-secret"));
        QTRY_COMPARE(dialog.statusLabel()->text(), expected);
        QVERIFY(!dialog.isConnecting());
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.address().isEmpty());
        // the password leaves neither the address field nor the password field on screen
        QCOMPARE(dialog.addressField()->currentText(), cleaned);
        QVERIFY(dialog.passwordField()->text().isEmpty());
        QVERIFY(storedRecent().isEmpty());
        QVERIFY(!settingsOnDisk().contains("hunter2-secret"));
        QVERIFY(!settingsOnDisk().contains("typed-secret"));
    }

    void aMalformedAddressGetsAClearMessage_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("expected"); // empty: Database's own message
        QTest::newRow("empty") << QString() << QStringLiteral("Write the address of the team workspace");
        QTest::newRow("no scheme") << QStringLiteral("alice@db.example.com:5432/keyturn")
                                   << QStringLiteral("not the address of a team workspace");
        QTest::newRow("file path") << QStringLiteral("/home/alice/keyturn.db")
                                   << QStringLiteral("not the address of a team workspace");
        QTest::newRow("no database") << QStringLiteral("postgresql://alice@127.0.0.1:1") << QString();
        QTest::newRow("unknown option") << QStringLiteral("postgresql://alice@127.0.0.1:1/x?sslmod=require")
                                        << QString();
        QTest::newRow("not a URL") << QStringLiteral("postgresql://alice@exa mple.com/x") << QString();
    }
    void aMalformedAddressGetsAClearMessage()
    {
        QFETCH(QString, address);
        QFETCH(QString, expected);
        ConnectTeamDialog dialog;
        dialog.show();
        attempt(dialog, address);
        if (expected.isEmpty()) {
            const QString message = Database::open(address).errorMessage();
            QVERIFY(!message.isEmpty());
            QTRY_COMPARE(dialog.statusLabel()->text(), message);
        } else {
            QVERIFY2(dialog.statusLabel()->text().contains(expected), qPrintable(dialog.statusLabel()->text()));
            QVERIFY(!dialog.isConnecting());
        }
        QVERIFY(dialog.statusLabel()->text().contains(QLatin1String("postgresql://")));
        QVERIFY(dialog.isVisible());
        QVERIFY(storedRecent().isEmpty());
    }

    void anUnreachableServerIsReportedWithoutFreezing()
    {
        const QString address = QStringLiteral("postgresql://nobody@127.0.0.1:1/x");
        ConnectTeamDialog dialog;
        dialog.show();
        attempt(dialog, address, QStringLiteral("typed-secret"));
        // the attempt runs on a worker: the window is still answering, and says so
        QVERIFY(dialog.isConnecting());
        QVERIFY(!dialog.connectButton()->isEnabled());
        QVERIFY(dialog.cancelButton()->isEnabled());
        QVERIFY(dialog.statusLabel()->text().startsWith(QLatin1String("Connecting")));
        QTRY_VERIFY(!dialog.isConnecting());
        const QString status = dialog.statusLabel()->text();
        QVERIFY2(status.startsWith(QLatin1String("Cannot connect to the team workspace ") + address),
                 qPrintable(status));
        QVERIFY(!status.contains(QLatin1String("typed-secret")));
        QVERIFY(dialog.connectButton()->isEnabled());
        QVERIFY(dialog.passwordField()->text().isEmpty());
        QVERIFY(dialog.isVisible());
        QVERIFY(storedRecent().isEmpty());
        QVERIFY(!settingsOnDisk().contains("typed-secret"));
    }

    void aServerThatNeverAnswersLeavesTheWindowResponsiveAndCancellable()
    {
        // accepts the TCP connection and never speaks: libpq waits for connect_timeout
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = silent.nextPendingConnection())
                held << s;
        });
        const QString address =
            QStringLiteral("postgresql://nobody@127.0.0.1:%1/x?connect_timeout=3").arg(silent.serverPort());
        auto *dialog = new ConnectTeamDialog;
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<ConnectTeamDialog> alive(dialog);
        QSignalSpy accepted(dialog, &QDialog::accepted);
        dialog->show();
        QElapsedTimer clicked;
        clicked.start();
        attempt(*dialog, address);
        QVERIFY(clicked.elapsed() < 1000);
        QTest::qWait(500); // events flow meanwhile
        QTRY_COMPARE(held.size(), 1);
        QVERIFY(dialog->isConnecting());
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
        QTRY_VERIFY(alive.isNull());
        QTest::qWait(4000); // the worker's timeout passes; it ends by itself
        QCOMPARE(accepted.size(), 0);
        QVERIFY(storedRecent().isEmpty());
        qDeleteAll(held);
    }

    void theRecentListIsCappedAndHoldsNoPassword()
    {
        QStringList seeded;
        for (int i = 1; i <= 10; ++i)
            seeded << QStringLiteral("postgresql://alice@db%1.example.com:5432/keyturn").arg(i);
        seeded.insert(2, QStringLiteral("postgresql://eve:pw-in-list@db.example.com/keyturn"));
        seeded.insert(4, QStringLiteral("postgresql://eve@db.example.com/keyturn?password=pw-in-list"));
        QSettings().setValue(QStringLiteral("team/recentAddresses"), seeded);

        const QStringList recent = ConnectTeamDialog::recentAddresses();
        QCOMPARE(recent.size(), 8);
        QCOMPARE(recent.first(), seeded.first());
        for (const QString &address : recent)
            QVERIFY2(!address.contains(QLatin1String("pw-in-list")), qPrintable(address));
        ConnectTeamDialog dialog;
        QCOMPARE(dialog.addressField()->count(), 8);
        QCOMPARE(dialog.addressField()->currentText(), seeded.first());
        for (int i = 0; i < dialog.addressField()->count(); ++i)
            QVERIFY(!dialog.addressField()->itemText(i).contains(QLatin1String("pw-in-list")));

        QVERIFY(!ConnectTeamDialog::addRecentAddress(QStringLiteral("postgresql://bob:s3cret@db.example.com/k")));
        QVERIFY(!ConnectTeamDialog::addRecentAddress(QStringLiteral("postgresql://bob@db.example.com/k?password=s3")));
        QVERIFY(!settingsOnDisk().contains("s3cret"));

        QVERIFY(ConnectTeamDialog::addRecentAddress(QStringLiteral("postgresql://carol@db.example.com/keyturn")));
        QStringList stored = storedRecent();
        QCOMPARE(stored.size(), 8);
        QCOMPARE(stored.first(), QStringLiteral("postgresql://carol@db.example.com/keyturn"));
        QVERIFY(!settingsOnDisk().contains("pw-in-list")); // rewritten without the seeded passwords
        // an address used again moves to the front instead of appearing twice
        QVERIFY(ConnectTeamDialog::addRecentAddress(seeded.at(5)));
        stored = storedRecent();
        QCOMPARE(stored.size(), 8);
        QCOMPARE(stored.first(), seeded.at(5));
        QCOMPARE(stored.count(seeded.at(5)), 1);
        QCOMPARE(stored.at(1), QStringLiteral("postgresql://carol@db.example.com/keyturn"));
    }

    void theKeychainKeyIsTheAddressAsDatabaseWritesIt()
    {
        QCOMPARE(ConnectTeamDialog::keychainKey(QStringLiteral("postgresql://alice@db.example.com:5432/keyturn")),
                 QStringLiteral("team-database:postgresql://alice@db.example.com:5432/keyturn"));
        QCOMPARE(ConnectTeamDialog::keychainKey(QStringLiteral(" postgresql://alice@DB.Example.com:5432/keyturn ")),
                 QStringLiteral("team-database:postgresql://alice@db.example.com:5432/keyturn"));
        QVERIFY(!ConnectTeamDialog::keychainKey(QStringLiteral("postgresql://alice:pw@db.example.com/keyturn"))
                     .contains(QLatin1String("pw")));
    }

    void aKeychainOutOfReachIsAnErrorReportedLater()
    {
        bool called = false;
        QString password = QStringLiteral("unset");
        QString error;
        ConnectTeamDialog::readKeychainPassword(QStringLiteral("postgresql://alice@db.example.com/keyturn"),
                                                [&](const QString &p, const QString &e) {
                                                    called = true;
                                                    password = p;
                                                    error = e;
                                                });
        QVERIFY(!called); // never before the caller waits
        QTRY_VERIFY_WITH_TIMEOUT(called, 30000);
        QVERIFY(password.isEmpty());
        QVERIFY2(error.contains(QLatin1String("PGPASSWORD")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("postgresql://alice@db.example.com/keyturn")));
    }

    void theMenuEntryOpensTheDialog()
    {
        QWidget window;
        QMenu menu(&window);
        QAction *action = ConnectTeamDialog::addTo(&menu, &window);
        QVERIFY(menu.actions().contains(action));
        QCOMPARE(action->text(), QStringLiteral("Connect to &team workspace…"));
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        action->trigger();
        auto *dialog = window.findChild<ConnectTeamDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QPointer<ConnectTeamDialog> alive(dialog);
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(alive.isNull());
    }

    // Team mode: a real server (the *_pg variant of this test).

    void aTypedPasswordConnectsAndIsRememberedForThisProcess()
    {
        if (!testingOnPostgres())
            QSKIP("needs the test PostgreSQL server (TestConnectTeamDialog_pg)");
        const QString location = teamWorkspaceWithoutPgpass(m_dir, QStringLiteral("typed"));
        QStringList seeded;
        for (int i = 1; i <= 8; ++i)
            seeded << QStringLiteral("postgresql://alice@db%1.example.com:5432/keyturn").arg(i);
        QSettings().setValue(QStringLiteral("team/recentAddresses"), seeded);
        const QString password = testServerPassword();

        ConnectTeamDialog dialog;
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        attempt(dialog, location, password);
        QVERIFY(dialog.isConnecting());
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 30000);
        QCOMPARE(dialog.address(), location);
        QVERIFY(dialog.keychainError().isEmpty());
        QVERIFY(dialog.passwordField()->text().isEmpty());
        const QStringList recent = storedRecent();
        QCOMPARE(recent.size(), 8);
        QCOMPARE(recent.first(), location);
        QCOMPARE(recent.at(1), seeded.first());
        QVERIFY(!recent.contains(seeded.last()));
        QVERIFY(!settingsOnDisk().contains(password.toUtf8()));
        // later connections (worker threads) find the password without pgpass or the field
        Database::Options options;
        options.createIfMissing = false;
        auto again = Database::open(location, options);
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        Database::rememberPassword(location, QString());
    }

    void aWrongPasswordIsRefusedAndNothingIsKept()
    {
        if (!testingOnPostgres())
            QSKIP("needs the test PostgreSQL server (TestConnectTeamDialog_pg)");
        const QString location = teamWorkspaceWithoutPgpass(m_dir, QStringLiteral("wrong"));
        ConnectTeamDialog dialog;
        dialog.show();
        attempt(dialog, location, QStringLiteral("not-the-password"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isConnecting(), 30000);
        const QString status = dialog.statusLabel()->text();
        QVERIFY2(status.startsWith(QLatin1String("Cannot connect to the team workspace")), qPrintable(status));
        QVERIFY(status.contains(QLatin1String("password authentication failed")));
        QVERIFY(!status.contains(QLatin1String("not-the-password")));
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.passwordField()->text().isEmpty());
        QVERIFY(storedRecent().isEmpty());
        QVERIFY(!Database::open(location).ok()); // nothing remembered
    }

    void aKeychainFailureIsShownAndTheConnectionStillSucceeds()
    {
        if (!testingOnPostgres())
            QSKIP("needs the test PostgreSQL server (TestConnectTeamDialog_pg)");
        const QString location = teamWorkspaceWithoutPgpass(m_dir, QStringLiteral("keychain"));
        const QString password = testServerPassword();
        ConnectTeamDialog dialog;
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        dialog.keepInKeychainBox()->setChecked(true);
        attempt(dialog, location, password);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 30000);
        QVERIFY2(dialog.keychainError().contains(QLatin1String("keychain could not keep the password")),
                 qPrintable(dialog.keychainError()));
        QVERIFY(!dialog.keychainError().contains(password));
        QCOMPARE(dialog.address(), location);
        QCOMPARE(storedRecent(), QStringList{location});
        QVERIFY(Database::open(location).ok());
        Database::rememberPassword(location, QString());
    }
};

QTEST_MAIN(TestConnectTeamDialog)
#include "TestConnectTeamDialog.moc"
