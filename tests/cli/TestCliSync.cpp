// keyturnctl against a running keyturn-sandbox --world demo, as an administrator would use it: profile set,
// connections test, sync, inventory list. And the canary test: no token reaches anything Keyturn writes.
#include "SandboxProcess.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace keyturn::test;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QByteArrayList m_everythingPrinted;

    QProcessEnvironment environment(bool withTokens = true) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("KEYTURN_WORKSPACE"));
        for (const char *var : {"KEYTURN_PLATFORM_TOKEN", "KEYTURN_VAULT_TOKEN", "KEYTURN_MAIL_TOKEN"})
            env.remove(QString::fromLatin1(var));
        if (withTokens) {
            env.insert(QStringLiteral("KEYTURN_PLATFORM_TOKEN"), QString::fromUtf8(m_sandbox->adminToken()));
            env.insert(QStringLiteral("KEYTURN_VAULT_TOKEN"), QString::fromUtf8(m_sandbox->vaultToken()));
            env.insert(QStringLiteral("KEYTURN_MAIL_TOKEN"), QString::fromUtf8(m_sandbox->mailToken()));
        }
        return env;
    }

    Run keyturnctl(const QStringList &args, const QProcessEnvironment &env)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KEYTURNCTL_PATH),
                QStringList{QStringLiteral("--workspace"), m_home.filePath(QStringLiteral("w.keyturn"))} + args);
        if (!p.waitForFinished(60000))
            qFatal("keyturnctl did not finish");
        Run r{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
        m_everythingPrinted << r.out << r.err;
        return r;
    }
    Run keyturnctl(const QStringList &args) { return keyturnctl(args, environment()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--world"), QStringLiteral("demo"),
                                                                 QStringLiteral("--tick-ms"), QStringLiteral("200")});
        QVERIFY2(m_sandbox->ok(), m_sandbox->stderrOutput().constData());
    }
    void cleanupTestCase() { m_sandbox.reset(); }

    void profileRefusesTokensAndBadUrls()
    {
        QCOMPARE(keyturnctl({QStringLiteral("init")}).exitCode, 0);
        const Run token = keyturnctl({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--vault-token"),
                                      QStringLiteral("hvs.x")});
        QCOMPARE(token.exitCode, 2);
        QVERIFY(token.err.contains("never taken on the command line"));
        const Run remote = keyturnctl({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--vault"),
                                       QStringLiteral("http://vault.example.org:8200")});
        QCOMPARE(remote.exitCode, 2);
        QVERIFY(remote.err.contains("unchanged"));
        const Run both =
            keyturnctl({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--mail-api"),
                        QStringLiteral("https://a"), QStringLiteral("--smtp"), QStringLiteral("smtp://b")});
        QCOMPARE(both.exitCode, 2);
        const Run nothing = keyturnctl({QStringLiteral("connections"), QStringLiteral("test")});
        QCOMPARE(nothing.exitCode, 1);
        QVERIFY(nothing.err.contains("profile set"));
    }

    void syncFillsAnEmptyWorkspace()
    {
        const QString url = m_sandbox->url().toString();
        const Run set = keyturnctl({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--platform"), url,
                                    QStringLiteral("--vault"), url, QStringLiteral("--mail-api"), url,
                                    QStringLiteral("--from"), QStringLiteral("security@example.org")});
        QVERIFY2(set.exitCode == 0, set.err.constData());

        const Run test = keyturnctl({QStringLiteral("--json"), QStringLiteral("connections"), QStringLiteral("test")});
        QVERIFY2(test.exitCode == 0, test.out.constData());
        const QJsonArray checks = QJsonDocument::fromJson(test.out).array();
        QCOMPARE(checks.size(), 3);
        for (const auto &c : checks)
            QVERIFY2(c.toObject().value(QStringLiteral("ok")).toBool(),
                     qPrintable(c.toObject().value("detail").toString()));

        const Run empty = keyturnctl({QStringLiteral("--json"), QStringLiteral("inventory"), QStringLiteral("list")});
        QCOMPARE(QJsonDocument::fromJson(empty.out).array().size(), 0);

        const Run sync = keyturnctl({QStringLiteral("--json"), QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(sync.out).object();
        QCOMPARE(report.value(QStringLiteral("consumers_added")).toInt(), 200);
        QVERIFY(report.value(QStringLiteral("credentials_added")).toInt() >= 200);

        const Run list = keyturnctl({QStringLiteral("--json"), QStringLiteral("inventory"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(rows.size(), report.value(QStringLiteral("credentials_added")).toInt());
        int withLastUse = 0;
        for (const auto &v : rows) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("issued"));
            QVERIFY(!o.value(QStringLiteral("consumer")).toString().isEmpty());
            if (QDateTime::fromString(o.value(QStringLiteral("last_used_at")).toString(), Qt::ISODateWithMs).isValid())
                ++withLastUse;
        }
        QVERIFY2(withLastUse > rows.size() / 2, "most synced keys carry their last use");

        // again: nothing new
        const Run again = keyturnctl({QStringLiteral("--json"), QStringLiteral("sync")});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject second = QJsonDocument::fromJson(again.out).object();
        QCOMPARE(second.value(QStringLiteral("credentials_added")).toInt(), 0);
        QCOMPARE(second.value(QStringLiteral("key_versions_added")).toInt(), 0);
        QCOMPARE(keyturnctl({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }

    void wrongTokensFailClearly()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("KEYTURN_PLATFORM_TOKEN"), QStringLiteral("kt_admin_CANARYWRONG1"));
        env.insert(QStringLiteral("KEYTURN_VAULT_TOKEN"), QStringLiteral("hvs.CANARYWRONG2"));
        const Run test = keyturnctl({QStringLiteral("connections"), QStringLiteral("test")}, env);
        QCOMPARE(test.exitCode, 1);
        QVERIFY(test.out.contains("FAILED"));
        QVERIFY(test.out.contains("401") || test.out.contains("403"));
        const Run sync = keyturnctl({QStringLiteral("sync")}, env);
        QCOMPARE(sync.exitCode, 1);
        QVERIFY(sync.err.contains("unchanged"));
        const Run none = keyturnctl({QStringLiteral("sync")}, environment(false));
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains("KEYTURN_PLATFORM_TOKEN"));
    }

    void noTokenIsWrittenAnywhere()
    {
        // Canaries: the sandbox's real tokens, and the wrong ones used above.
        const QByteArrayList canaries = {m_sandbox->adminToken(), m_sandbox->vaultToken(), m_sandbox->mailToken(),
                                         "CANARYWRONG1", "CANARYWRONG2"};
        for (const QByteArray &printed : std::as_const(m_everythingPrinted)) {
            for (const QByteArray &canary : canaries)
                QVERIFY2(!printed.contains(canary), "a token was printed");
        }
        int files = 0;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            ++files;
            for (const QByteArray &canary : canaries)
                QVERIFY2(!content.contains(canary), qPrintable(QStringLiteral("a token is in %1").arg(f.fileName())));
        }
        QVERIFY(files >= 1); // at least the workspace database was searched
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "TestCliSync.moc"
