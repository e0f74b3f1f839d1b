#include "Sandbox.h"
#include "SettingsView.h"
#include "TestSupport.h"
#include "core/Workspace.h"
#include "core/net/ConnectionProfile.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace keyturn;
using namespace keyturn::test;

class TestSettingsView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<Workspace> m_workspace;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain here: the environment is the token source
        m_sandbox = std::make_unique<Sandbox>(SandboxOptions{});
        QVERIFY(m_sandbox->listen(QHostAddress::LocalHost, 0).ok());
        qputenv("KEYTURN_PLATFORM_TOKEN", m_sandbox->adminToken().reveal());
        qputenv("KEYTURN_VAULT_TOKEN", m_sandbox->vaultToken().reveal());
        qputenv("KEYTURN_MAIL_TOKEN", m_sandbox->mailToken().reveal());
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("w.keyturn")), QStringLiteral("dana"),
                                  SystemClock::instance());
        QVERIFY(ws.ok());
        m_workspace = std::move(ws.value());
    }
    void cleanupTestCase()
    {
        m_workspace.reset();
        m_sandbox.reset();
    }

    void saveRefusesBadInputAndKeepsTheProfile()
    {
        SettingsView view(*m_workspace);
        auto *vault = view.findChild<QLineEdit *>(QStringLiteral("vaultUrl"));
        QTest::keyClicks(vault, QStringLiteral("http://vault.example.org:8200"));
        view.save();
        auto *message = view.findChild<QLabel *>(QStringLiteral("settingsMessage"));
        QVERIFY2(message->text().contains(QLatin1String("Not saved")), qPrintable(message->text()));
        QVERIFY(m_workspace->profile()->vaultUrl.isEmpty());
    }

    void saveAndTestAgainstTheSandbox()
    {
        SettingsView view(*m_workspace);
        view.show();
        const QString url = m_sandbox->url();
        auto *transport = view.findChild<QComboBox *>(QStringLiteral("mailTransport"));
        transport->setCurrentIndex(transport->findData(QStringLiteral("mail-api")));
        for (const char *name : {"platformUrl", "vaultUrl", "mailApiUrl"}) {
            auto *edit = view.findChild<QLineEdit *>(QLatin1String(name));
            QVERIFY(edit->isEnabled());
            edit->clear();
            QTest::keyClicks(edit, url);
        }
        QSignalSpy saved(&view, &SettingsView::saved);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("saveProfile")), Qt::LeftButton);
        QTRY_VERIFY2(saved.count() == 1,
                     qPrintable(view.findChild<QLabel *>(QStringLiteral("settingsMessage"))->text()));
        QCOMPARE(m_workspace->profile()->platformUrl, QUrl(url));
        QCOMPARE(m_workspace->profile()->mailTransport, QStringLiteral("mail-api"));

        QSignalSpy tested(&view, &SettingsView::testFinished);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("testConnection")), Qt::LeftButton);
        QVERIFY(tested.wait(15000));
        auto *results = view.findChild<QTreeWidget *>(QStringLiteral("connectionResults"));
        QCOMPARE(results->topLevelItemCount(), 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(results->topLevelItem(i)->text(1) == QLatin1String("OK"),
                     qPrintable(results->topLevelItem(i)->text(2)));
    }

    void aTypedWrongTokenIsUsedForTheTestOnly()
    {
        SettingsView view(*m_workspace);
        auto *vaultToken = view.findChild<QLineEdit *>(QStringLiteral("token_KEYTURN_VAULT_TOKEN"));
        QVERIFY(vaultToken);
        QCOMPARE(vaultToken->echoMode(), QLineEdit::Password);
        QTest::keyClicks(vaultToken, QStringLiteral("hvs.wrong"));
        QSignalSpy tested(&view, &SettingsView::testFinished);
        view.testConnections();
        QVERIFY(tested.wait(15000));
        auto *results = view.findChild<QTreeWidget *>(QStringLiteral("connectionResults"));
        QTreeWidgetItem *vault = results->topLevelItem(1);
        QCOMPARE(vault->text(0), QStringLiteral("vault"));
        QCOMPARE(vault->text(1), QStringLiteral("failed"));
        QVERIFY(vault->text(2).contains(QLatin1String("403")));
        QVERIFY(!vault->text(2).contains(QLatin1String("hvs.wrong")));
    }
};

QTEST_MAIN(TestSettingsView)
#include "TestSettingsView.moc"
