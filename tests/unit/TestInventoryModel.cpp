#include "TestSupport.h"
#include "core/models/InventoryModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace keyturn;
using namespace keyturn::test;

class TestInventoryModel : public QObject
{
    Q_OBJECT

    /// Three held keys and one issued key in known states as of fixedNow().
    static void seed(StoreFixture &f)
    {
        const QDateTime now = fixedNow();
        auto add = [&f](Credential c, const QDateTime &rotatedAt, const QDateTime &lastUsed, const QByteArray &key) {
            f.clock.set(rotatedAt);
            const qint64 id = *f.store->createCredential(c);
            const qint64 keyId = *f.store->addKeyVersion(currentKey(id, key));
            if (lastUsed.isValid())
                QVERIFY(f.store->recordLastUsed(keyId, lastUsed).ok());
        };
        Credential healthy = heldCredential(QStringLiteral("stripe-api-key"), 30);
        add(healthy, now.addDays(-5), now.addSecs(-600), "a");
        Credential overdue = heldCredential(QStringLiteral("sendgrid-api-key"), 90);
        overdue.provider = QStringLiteral("SendGrid");
        overdue.owner = QStringLiteral("messaging-team");
        overdue.usedBy = {QStringLiteral("notification-service")};
        add(overdue, now.addDays(-100), now.addSecs(-60), "b");
        Credential stale = heldCredential(QStringLiteral("gateway-key-staging"), 7);
        stale.provider = QStringLiteral("Internal API Gateway");
        stale.environment = QStringLiteral("staging");
        add(stale, now.addDays(-2), now.addDays(-10), "c");
        Credential issued = heldCredential(QStringLiteral("acme-bank-prod"), 180);
        issued.kind = CredentialKind::Issued;
        issued.provider = QStringLiteral("Platform API");
        add(issued, now.addDays(-300), now.addSecs(-5), "d");
        f.clock.set(now);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void passesModelTester()
    {
        StoreFixture f;
        seed(f);
        InventoryModel model(*f.store, f.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), 4);
        InventoryFilterModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setText(QStringLiteral("stripe"));
        proxy.sort(InventoryModel::AgeDays);
        model.reload();
    }

    void showsStatusAgeAndUse()
    {
        StoreFixture f;
        seed(f);
        InventoryModel model(*f.store, f.clock);
        model.reload();
        QHash<QString, int> rowOf;
        for (int r = 0; r < model.rowCount(); ++r)
            rowOf.insert(model.index(r, InventoryModel::Name).data().toString(), r);
        auto cell = [&](const char *name, int column, int role = Qt::DisplayRole) {
            return model.index(rowOf.value(QString::fromLatin1(name)), column).data(role);
        };
        QCOMPARE(cell("stripe-api-key", InventoryModel::Status, InventoryModel::StatusNameRole).toString(),
                 QStringLiteral("healthy"));
        QCOMPARE(cell("sendgrid-api-key", InventoryModel::Status, InventoryModel::StatusNameRole).toString(),
                 QStringLiteral("overdue"));
        QCOMPARE(cell("gateway-key-staging", InventoryModel::Status, InventoryModel::StatusNameRole).toString(),
                 QStringLiteral("stale"));
        QCOMPARE(cell("acme-bank-prod", InventoryModel::Status, InventoryModel::StatusNameRole).toString(),
                 QStringLiteral("overdue_critical"));
        QCOMPARE(cell("sendgrid-api-key", InventoryModel::AgeDays).toInt(), 100);
        QCOMPARE(cell("sendgrid-api-key", InventoryModel::Policy).toString(), QStringLiteral("90 d"));
        QVERIFY(cell("sendgrid-api-key", InventoryModel::Status, Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("age 100 d, policy 90 d")));
        QCOMPARE(cell("gateway-key-staging", InventoryModel::LastUsed).toString(), QStringLiteral("10 d ago"));
        QCOMPARE(cell("gateway-key-staging", InventoryModel::LastUsed, Qt::ToolTipRole).toString(),
                 QStringLiteral("2026-11-14 12:00 UTC"));
        QCOMPARE(cell("stripe-api-key", InventoryModel::NextRotation).toString(), QStringLiteral("in 25 d"));
        QCOMPARE(cell("sendgrid-api-key", InventoryModel::NextRotation).toString(), QStringLiteral("10 d overdue"));
        QCOMPARE(model.distinctValues(InventoryModel::Provider).size(), 4);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("everything") << ""
                                    << ""
                                    << ""
                                    << ""
                                    << ""
                                    << QStringList{"acme-bank-prod", "gateway-key-staging", "sendgrid-api-key",
                                                   "stripe-api-key"};
        QTest::newRow("text in name") << "STRIPE"
                                      << ""
                                      << ""
                                      << ""
                                      << "" << QStringList{"stripe-api-key"};
        QTest::newRow("text in used_by") << "notification"
                                         << ""
                                         << ""
                                         << ""
                                         << "" << QStringList{"sendgrid-api-key"};
        QTest::newRow("text in owner") << "messaging"
                                       << ""
                                       << ""
                                       << ""
                                       << "" << QStringList{"sendgrid-api-key"};
        QTest::newRow("text in fingerprint") << fingerprintOf("c").mid(7, 8) << ""
                                             << ""
                                             << ""
                                             << "" << QStringList{"gateway-key-staging"};
        QTest::newRow("provider") << ""
                                  << "SendGrid"
                                  << ""
                                  << ""
                                  << "" << QStringList{"sendgrid-api-key"};
        QTest::newRow("environment") << ""
                                     << ""
                                     << "staging"
                                     << ""
                                     << "" << QStringList{"gateway-key-staging"};
        QTest::newRow("status") << ""
                                << ""
                                << ""
                                << "overdue"
                                << "" << QStringList{"sendgrid-api-key"};
        QTest::newRow("kind") << ""
                              << ""
                              << ""
                              << ""
                              << "issued" << QStringList{"acme-bank-prod"};
        QTest::newRow("text and provider disagree") << "stripe"
                                                    << "SendGrid"
                                                    << ""
                                                    << ""
                                                    << "" << QStringList{};
    }
    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QString, provider);
        QFETCH(QString, environment);
        QFETCH(QString, status);
        QFETCH(QString, kind);
        QFETCH(QStringList, expected);
        StoreFixture f;
        seed(f);
        InventoryModel model(*f.store, f.clock);
        model.reload();
        InventoryFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.setText(text);
        proxy.setProvider(provider);
        proxy.setEnvironment(environment);
        proxy.setStatus(keyStatusFromString(status));
        proxy.setKind(credentialKindFromString(kind));
        proxy.sort(InventoryModel::Name);
        QStringList names;
        for (int r = 0; r < proxy.rowCount(); ++r)
            names << proxy.index(r, InventoryModel::Name).data().toString();
        QCOMPARE(names, expected);
    }

    void sortsByNumbersNotText()
    {
        StoreFixture f;
        seed(f);
        InventoryModel model(*f.store, f.clock);
        model.reload();
        InventoryFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(InventoryModel::AgeDays, Qt::DescendingOrder);
        QStringList ages;
        for (int r = 0; r < proxy.rowCount(); ++r)
            ages << proxy.index(r, InventoryModel::AgeDays).data().toString();
        QCOMPARE(ages, (QStringList{"300", "100", "5", "2"}));
        proxy.sort(InventoryModel::Status, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, InventoryModel::Status).data(InventoryModel::StatusNameRole).toString(),
                 QStringLiteral("overdue_critical"));
    }

    void reloadSeesNewRows()
    {
        StoreFixture f;
        InventoryModel model(*f.store, f.clock);
        model.reload();
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reloaded(&model, &InventoryModel::reloaded);
        QVERIFY(f.store->createCredential(heldCredential(QStringLiteral("new"))).ok());
        model.reload();
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        // no key yet: no age shown, status healthy
        QCOMPARE(model.index(0, InventoryModel::AgeDays).data().toString(), QString());
        QCOMPARE(model.index(0, InventoryModel::LastUsed).data().toString(), QStringLiteral("never"));
    }
};

QTEST_GUILESS_MAIN(TestInventoryModel)
#include "TestInventoryModel.moc"
