#include "TestSupport.h"
#include "core/sync/ProviderSync.h"

#include <QTimer>

using namespace keyturn;
using namespace keyturn::test;

namespace {
/// A provider in memory: what it lists is what the test says.
class FakeProvider : public ProviderClient
{
public:
    QList<ProviderUser> users;
    QList<ProviderKey> keys;
    std::optional<NetError> failKeys;

    bool supportsDualKey() const override { return true; }
    QString providerName() const override { return QStringLiteral("Platform API"); }
    void listUsers(NetCallback<QList<ProviderUser>> done) override
    {
        QTimer::singleShot(0, this, [this, done] { done(users); });
    }
    void listKeys(const QString &, NetCallback<QList<ProviderKey>> done) override
    {
        QTimer::singleShot(0, this, [this, done] {
            if (failKeys)
                done(*failKeys);
            else
                done(keys);
        });
    }
    void createKey(const NewKeyRequest &, const QString &, NetCallback<CreatedKey> done) override
    {
        done(NetError{NetError::Kind::Config, 0, QStringLiteral("not used")});
    }
    void rotateKey(const QString &, const QString &, NetCallback<CreatedKey> done) override
    {
        done(NetError{NetError::Kind::Config, 0, QStringLiteral("not used")});
    }
    void revokeKey(const QString &, NetCallback<ProviderKey> done) override
    {
        done(NetError{NetError::Kind::Config, 0, QStringLiteral("not used")});
    }
    void disableUserKeys(const QString &, NetCallback<int> done) override { done(0); }
    void keyUsage(const QString &, NetCallback<KeyUsage> done) override { done(KeyUsage{}); }
    void rotationLog(const QDateTime &, NetCallback<QList<ProviderAuditEntry>> done) override
    {
        done(QList<ProviderAuditEntry>());
    }
};

ProviderKey key(const QString &id, const QString &user, const QString &name, int version, const QString &status,
                const QDateTime &lastUsed = {})
{
    ProviderKey k;
    k.id = id;
    k.userId = user;
    k.name = name;
    k.environment = QStringLiteral("production");
    k.version = version;
    k.fingerprint = fingerprintOf(id.toUtf8());
    k.prefix = QStringLiteral("kt_live_") + id.left(4);
    k.status = status;
    k.createdAt = fixedNow().addDays(-100 + version * 30);
    k.lastUsedAt = lastUsed;
    k.requestCount = 10 * version;
    return k;
}
} // namespace

class TestProviderSync : public QObject
{
    Q_OBJECT

    static Result<SyncReport> sync(StoreFixture &f, FakeProvider &provider)
    {
        ProviderSync sync(*f.store, provider);
        std::optional<Result<SyncReport>> out;
        sync.run([&out](Result<SyncReport> r) { out = r; });
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 5000))
            return Error{QStringLiteral("sync did not finish")};
        return *out;
    }

    static void world(FakeProvider &p)
    {
        p.users = {ProviderUser{QStringLiteral("usr_1"), QStringLiteral("Acme Bank"), QStringLiteral("a@acme.example"),
                                QStringLiteral("python")},
                   ProviderUser{QStringLiteral("usr_2"), QStringLiteral("Globex"), QStringLiteral("g@globex.example"),
                                QStringLiteral("go")}};
        p.keys = {key(QStringLiteral("k1"), QStringLiteral("usr_1"), QStringLiteral("acme-bank-prod"), 1,
                      QStringLiteral("revoked")),
                  key(QStringLiteral("k2"), QStringLiteral("usr_1"), QStringLiteral("acme-bank-prod"), 2,
                      QStringLiteral("active"), fixedNow().addSecs(-60)),
                  key(QStringLiteral("k3"), QStringLiteral("usr_2"), QStringLiteral("globex-prod"), 1,
                      QStringLiteral("active"))};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fillsAnEmptyWorkspace()
    {
        StoreFixture f;
        FakeProvider provider;
        world(provider);
        auto report = sync(f, provider);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report->consumersAdded, 2);
        QCOMPARE(report->credentialsAdded, 2);
        QCOMPARE(report->keyVersionsAdded, 3);

        auto rows = f.store->inventory();
        QCOMPARE(rows->size(), 2);
        const InventoryRow &acme = rows->at(0);
        QCOMPARE(acme.credential.name, QStringLiteral("acme-bank-prod"));
        QCOMPARE(toString(acme.credential.kind), QStringLiteral("issued"));
        QCOMPARE(acme.consumerName, QStringLiteral("Acme Bank"));
        QCOMPARE(acme.currentVersion, 2);
        QCOMPARE(acme.currentFingerprint, fingerprintOf("k2"));
        QCOMPARE(acme.lastUsedAt, fixedNow().addSecs(-60));
        auto versions = f.store->keyVersions(acme.credential.id);
        QCOMPARE(toString(versions->at(0).state), QStringLiteral("revoked"));
        QCOMPARE(versions->at(1).requestCount, qint64(20));
        QVERIFY(f.audit->verify()->intact);
    }

    void secondSyncChangesNothing()
    {
        StoreFixture f;
        FakeProvider provider;
        world(provider);
        QVERIFY(sync(f, provider).ok());
        const qint64 events = f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events"));
        auto again = sync(f, provider);
        QVERIFY(again.ok());
        QVERIFY(!again->changedAnything());
        QCOMPARE(again->usageUpdated, 0);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events")), events);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM key_versions")), qint64(3));
    }

    void followsRotationsAndUsage()
    {
        StoreFixture f;
        FakeProvider provider;
        world(provider);
        QVERIFY(sync(f, provider).ok());
        // the consumer created a new key (dual-key: both active), and the old one was used again
        provider.keys[1].lastUsedAt = fixedNow().addSecs(-5);
        provider.keys[1].requestCount = 99;
        provider.keys.append(key(QStringLiteral("k4"), QStringLiteral("usr_1"), QStringLiteral("acme-bank-prod"), 3,
                                 QStringLiteral("active")));
        auto report = sync(f, provider);
        QVERIFY(report.ok());
        QCOMPARE(report->keyVersionsAdded, 1);
        QCOMPARE(report->usageUpdated, 1);
        const qint64 id = f.store->findCredential(QStringLiteral("acme-bank-prod"))->id;
        auto versions = *f.store->keyVersions(id);
        QCOMPARE(versions.size(), 3);
        QCOMPARE(toString(versions.at(1).state), QStringLiteral("previous"));
        QCOMPARE(toString(versions.at(2).state), QStringLiteral("current"));
        QCOMPARE(versions.at(1).requestCount, qint64(99));
        // then the old key was revoked at the provider
        provider.keys[1].status = QStringLiteral("revoked");
        report = sync(f, provider);
        QCOMPARE(report->keyStatesChanged, 1);
        QCOMPARE(toString(f.store->keyVersions(id)->at(1).state), QStringLiteral("revoked"));
    }

    void aFailureLeavesTheInventoryUnchanged()
    {
        StoreFixture f;
        FakeProvider provider;
        world(provider);
        provider.failKeys = NetError{NetError::Kind::Timeout, 0, QStringLiteral("no answer within 15 s")};
        auto report = sync(f, provider);
        QVERIFY(!report.ok());
        QVERIFY2(report.errorMessage().contains(QLatin1String("unchanged")), qPrintable(report.errorMessage()));
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM consumers")), qint64(0));
    }

    void aChangedFingerprintIsRefusedWhole()
    {
        StoreFixture f;
        FakeProvider provider;
        world(provider);
        QVERIFY(sync(f, provider).ok());
        const qint64 events = f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events"));
        provider.users.append(ProviderUser{QStringLiteral("usr_3"), QStringLiteral("Initech"), {}, {}});
        provider.keys[2].fingerprint = fingerprintOf("something else");
        auto report = sync(f, provider);
        QVERIFY(!report.ok());
        QVERIFY(report.errorMessage().contains(QLatin1String("fingerprint")));
        // the new consumer of the same sync was rolled back too
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM consumers")), qint64(2));
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events")), events);
    }

    void nameClashGetsTheUserId()
    {
        StoreFixture f;
        QVERIFY(f.store->createCredential(heldCredential(QStringLiteral("globex-prod"))).ok());
        FakeProvider provider;
        world(provider);
        QVERIFY(sync(f, provider).ok());
        QVERIFY(f.store->findCredential(QStringLiteral("globex-prod@usr_2")).ok());
    }
};

QTEST_GUILESS_MAIN(TestProviderSync)
#include "TestProviderSync.moc"
