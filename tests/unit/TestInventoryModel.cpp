#include "TestSupport.h"
#include "core/Workspace.h"
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
        overdue.criticality = QStringLiteral("critical");
        overdue.usedBy = {QStringLiteral("notification-service")};
        add(overdue, now.addDays(-100), now.addSecs(-60), "b");
        Credential stale = heldCredential(QStringLiteral("gateway-key-staging"), 7);
        stale.provider = QStringLiteral("Internal API Gateway");
        stale.environment = QStringLiteral("staging");
        stale.criticality = QStringLiteral("low");
        add(stale, now.addDays(-2), now.addDays(-10), "c");
        Credential issued = heldCredential(QStringLiteral("acme-bank-prod"), 180);
        issued.kind = CredentialKind::Issued;
        issued.provider = QStringLiteral("Platform API");
        add(issued, now.addDays(-300), now.addSecs(-5), "d");
        f.clock.set(now);
    }

    static QStringList names(const QAbstractItemModel &proxy)
    {
        QStringList out;
        for (int r = 0; r < proxy.rowCount(); ++r)
            out << proxy.index(r, InventoryModel::Name).data().toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readsOnAWorkerThreadWhileTheModelKeepsItsRows()
    {
        StoreFixture f;
        seed(f);
        auto opened = Workspace::open(f.path(), QStringLiteral("alice"), f.clock);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        Workspace &ws = *opened.value();
        InventoryModel &model = *ws.inventoryModel();
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loading(&model, &InventoryModel::loadingChanged);
        QSignalSpy reloaded(&model, &InventoryModel::reloaded);

        ws.reloadInventoryInBackground();
        QVERIFY(model.isLoading());
        QCOMPARE(loading.size(), 1);
        QCOMPARE(loading.at(0).at(0).toBool(), true);
        QCOMPARE(model.rowCount(), 0); // nothing until the snapshot arrives on this thread
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(reloaded.size(), 1);
        QCOMPARE(loading.size(), 2);
        QCOMPARE(loading.at(1).at(0).toBool(), false);
        QCOMPARE(model.rowCount(), 4);
        // the same rows, statuses and search text as a reload on this thread
        QStringList background;
        for (int r = 0; r < model.rowCount(); ++r)
            background << model.index(r, InventoryModel::Name).data().toString() + QLatin1Char('/') +
                              model.index(r, InventoryModel::Status).data(InventoryModel::StatusNameRole).toString() +
                              QLatin1Char('/') + QString::fromUtf8(model.searchTextAt(r).toByteArray());
        model.reload();
        QStringList here;
        for (int r = 0; r < model.rowCount(); ++r)
            here << model.index(r, InventoryModel::Name).data().toString() + QLatin1Char('/') +
                        model.index(r, InventoryModel::Status).data(InventoryModel::StatusNameRole).toString() +
                        QLatin1Char('/') + QString::fromUtf8(model.searchTextAt(r).toByteArray());
        QCOMPARE(background, here);
        QVERIFY(background.join(QLatin1Char(' ')).contains(QLatin1String("overdue")));

        // a key added meanwhile is in the next background read; finishLoading() waits for it
        QVERIFY(f.store->createCredential(heldCredential(QStringLiteral("zz-new-key"), 30)).ok());
        ws.reloadInventoryInBackground();
        model.finishLoading();
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowOf(model.rowAt(4).data.credential.id), 4);
        // and a second request while one runs is that same read
        ws.reloadInventoryInBackground();
        ws.reloadInventoryInBackground();
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 5);
    }

    void aSynchronousReloadSupersedesABackgroundRead()
    {
        StoreFixture f;
        seed(f);
        auto opened = Workspace::open(f.path(), QStringLiteral("alice"), f.clock);
        QVERIFY(opened.ok());
        Workspace &ws = *opened.value();
        InventoryModel &model = *ws.inventoryModel();
        QSignalSpy reloaded(&model, &InventoryModel::reloaded);
        QSignalSpy loading(&model, &InventoryModel::loadingChanged);
        ws.reloadInventoryInBackground();
        model.reload();
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(reloaded.size(), 1);
        QCOMPARE(loading.size(), 2);
        // the background read's own end applies nothing more
        QTest::qWait(50);
        QCoreApplication::processEvents();
        QCOMPARE(reloaded.size(), 1);
        QCOMPARE(loading.size(), 2);
    }

    void aFailedBackgroundReadKeepsTheRowsAndSaysWhy()
    {
        StoreFixture f;
        seed(f);
        InventoryModel model(*f.store, f.clock);
        model.reload();
        QCOMPARE(model.rowCount(), 4);
        QSignalSpy failed(&model, &InventoryModel::loadFailed);
        QSignalSpy loading(&model, &InventoryModel::loadingChanged);
        model.reloadInBackground([](const QDateTime &) -> Result<InventoryModel::Snapshot> {
            return Error{QStringLiteral("the workspace file is gone")};
        });
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("the workspace file is gone"));
        QCOMPARE(loading.size(), 2);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 4);
    }

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
        for (const char *text : {"s", "st", "s", "", "api", "api-k", "zzz", ""})
            proxy.setText(QString::fromLatin1(text));
        proxy.setOwner(QStringLiteral("payments-team"));
        proxy.sort(InventoryModel::Status, Qt::DescendingOrder);
        proxy.setCriticality(QStringLiteral("high"));
        model.reload();
        proxy.setFilter({});
        QCOMPARE(proxy.rowCount(), 4);
        proxy.sort(-1);
        QCOMPARE(proxy.index(0, InventoryModel::Name).data().toString(), QStringLiteral("acme-bank-prod"));
        for (int r = 0; r < proxy.rowCount(); ++r)
            QCOMPARE(proxy.mapFromSource(proxy.mapToSource(proxy.index(r, 3))), proxy.index(r, 3));
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
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QString>("criticality");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("expected");
        const QStringList all{"acme-bank-prod", "gateway-key-staging", "sendgrid-api-key", "stripe-api-key"};
        // clang-format off
        QTest::newRow("everything")           << "" << "" << "" << "" << "" << "" << "" << all;
        QTest::newRow("text in name")         << "STRIPE" << "" << "" << "" << "" << "" << ""
                                              << QStringList{"stripe-api-key"};
        QTest::newRow("text in used_by")      << "notification" << "" << "" << "" << "" << "" << ""
                                              << QStringList{"sendgrid-api-key"};
        QTest::newRow("text in owner")        << "messaging" << "" << "" << "" << "" << "" << ""
                                              << QStringList{"sendgrid-api-key"};
        QTest::newRow("text in vault path")   << "secret/prod/gateway" << "" << "" << "" << "" << "" << ""
                                              << QStringList{"gateway-key-staging"};
        QTest::newRow("text in fingerprint")  << fingerprintOf("c").mid(7, 8) << "" << "" << "" << "" << "" << ""
                                              << QStringList{"gateway-key-staging"};
        QTest::newRow("text in prefix")       << "SK_LIVE_64" << "" << "" << "" << "" << "" << ""
                                              << QStringList{"acme-bank-prod"};
        QTest::newRow("every word, any field") << "  Stripe   PRODUCTION " << "" << "" << "" << "" << "" << ""
                                              << QStringList{"stripe-api-key"};
        QTest::newRow("words in no one key")  << "stripe staging" << "" << "" << "" << "" << "" << ""
                                              << QStringList{};
        QTest::newRow("provider")             << "" << "SendGrid" << "" << "" << "" << "" << ""
                                              << QStringList{"sendgrid-api-key"};
        QTest::newRow("unknown provider")     << "" << "Nope" << "" << "" << "" << "" << "" << QStringList{};
        QTest::newRow("environment")          << "" << "" << "staging" << "" << "" << "" << ""
                                              << QStringList{"gateway-key-staging"};
        QTest::newRow("owner")                << "" << "" << "" << "messaging-team" << "" << "" << ""
                                              << QStringList{"sendgrid-api-key"};
        QTest::newRow("criticality")          << "" << "" << "" << "" << "low" << "" << ""
                                              << QStringList{"gateway-key-staging"};
        QTest::newRow("status")               << "" << "" << "" << "" << "" << "overdue" << ""
                                              << QStringList{"sendgrid-api-key"};
        QTest::newRow("kind")                 << "" << "" << "" << "" << "" << "" << "issued"
                                              << QStringList{"acme-bank-prod"};
        QTest::newRow("owner and criticality") << "" << "" << "" << "payments-team" << "high" << "" << ""
                                              << QStringList{"acme-bank-prod", "stripe-api-key"};
        QTest::newRow("text and provider disagree") << "stripe" << "SendGrid" << "" << "" << "" << "" << ""
                                              << QStringList{};
        // clang-format on
    }
    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QString, provider);
        QFETCH(QString, environment);
        QFETCH(QString, owner);
        QFETCH(QString, criticality);
        QFETCH(QString, status);
        QFETCH(QString, kind);
        QFETCH(QStringList, expected);
        StoreFixture f;
        seed(f);
        InventoryModel model(*f.store, f.clock);
        model.reload();
        InventoryFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(InventoryModel::Name);
        // one criterion at a time, as the controls set them
        proxy.setText(text);
        proxy.setProvider(provider);
        proxy.setEnvironment(environment);
        proxy.setOwner(owner);
        proxy.setCriticality(criticality);
        proxy.setStatus(keyStatusFromString(status));
        proxy.setKind(credentialKindFromString(kind));
        QCOMPARE(names(proxy), expected);
        // all at once, as a saved filter applies them, on a fresh proxy
        const InventoryFilter all = proxy.filter();
        InventoryFilterModel fresh;
        fresh.setSourceModel(&model);
        fresh.sort(InventoryModel::Name);
        fresh.setFilter(all);
        QCOMPARE(names(fresh), expected);
        QCOMPARE(InventoryFilter::fromJson(all.toJson()), all);
    }

    /// Typing, backspacing and retyping reuse earlier results; each step must equal a filter computed from scratch.
    void incrementalFilteringMatchesAFreshScan()
    {
        StoreFixture f;
        {
            Transaction tx(*f.db);
            const QStringList providers{"Stripe", "SendGrid", "Twilio", "Datadog"};
            for (int i = 0; i < 120; ++i) {
                Credential c = heldCredential(QStringLiteral("key-%1-%2").arg(i).arg(providers.at(i % 4).toLower()));
                c.provider = providers.at(i % 4);
                c.environment = i % 3 ? QStringLiteral("production") : QStringLiteral("staging");
                c.owner = QStringLiteral("team-%1").arg(i % 7);
                c.usedBy = {QStringLiteral("service-%1").arg(i % 11)};
                QVERIFY(f.store->createCredential(c).ok());
            }
            QVERIFY(tx.commit().ok());
        }
        InventoryModel model(*f.store, f.clock);
        model.reload();
        InventoryFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(InventoryModel::Provider, Qt::DescendingOrder);
        const QStringList typed{"s",     "st",        "str",        "stri",     "strip",    "stri",      "str",
                                "st",    "s",         "",           "t",        "te",       "tea",       "team",
                                "team-", "team-3",    "team-",      "team-1",   "team-1 s", "team-1 st", "team-1",
                                "",      "service-1", "service-10", "ervice-1", "rvice",    ""};
        for (const QString &text : typed) {
            proxy.setText(text);
            if (text == QLatin1String("team-"))
                proxy.setEnvironment(proxy.filter().environment.isEmpty() ? QStringLiteral("staging") : QString());
            InventoryFilterModel fresh;
            fresh.setSourceModel(&model);
            fresh.sort(InventoryModel::Provider, Qt::DescendingOrder);
            fresh.setFilter(proxy.filter());
            QCOMPARE(names(proxy), names(fresh));
        }
        QCOMPARE(proxy.rowCount(), 120);
    }

    void selectionSurvivesAKeystroke()
    {
        StoreFixture f;
        seed(f);
        InventoryModel model(*f.store, f.clock);
        model.reload();
        InventoryFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(InventoryModel::Name);
        const QPersistentModelIndex kept = proxy.mapFromSource(model.index(2, InventoryModel::Owner));
        const QString name = kept.sibling(kept.row(), InventoryModel::Name).data().toString();
        QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
        proxy.setText(name.left(4));
        QCOMPARE(layout.count(), 1);
        QCOMPARE(reset.count(), 0);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.column(), int(InventoryModel::Owner));
        QCOMPARE(kept.sibling(kept.row(), InventoryModel::Name).data().toString(), name);
        QCOMPARE(proxy.mapToSource(kept).row(), 2);
        proxy.setText(QStringLiteral("no such key"));
        QVERIFY(!kept.isValid());
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(!proxy.mapFromSource(model.index(2, 0)).isValid());
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

    void relativeTime_data()
    {
        QTest::addColumn<qint64>("secondsAgo");
        QTest::addColumn<QString>("expected");
        QTest::newRow("never") << qint64(-1) << "never";
        QTest::newRow("in the future") << qint64(-600) << "just now";
        QTest::newRow("seconds") << qint64(59) << "just now";
        QTest::newRow("minutes") << qint64(5 * 60 + 10) << "5 min ago";
        QTest::newRow("one hour") << qint64(3600) << "1 h ago";
        QTest::newRow("hours") << qint64(3 * 3600 + 1800) << "3 h ago";
        QTest::newRow("just under a day") << qint64(86399) << "23 h ago";
        QTest::newRow("one day") << qint64(86400) << "1 d ago";
        QTest::newRow("days") << qint64(12 * 86400 + 7200) << "12 d ago";
    }
    void relativeTime()
    {
        QFETCH(qint64, secondsAgo);
        QFETCH(QString, expected);
        const QDateTime now = fixedNow();
        const QDateTime when = secondsAgo == -1 ? QDateTime() : now.addSecs(-secondsAgo);
        QCOMPARE(InventoryModel::relativeTimeText(when, now), expected);
    }

    void tooltipsGiveReasonsAndAbsoluteTimes()
    {
        StoreFixture f;
        seed(f);
        InventoryModel model(*f.store, f.clock);
        model.reload();
        const auto tip = [&model](const char *name, int column) {
            for (int r = 0; r < model.rowCount(); ++r) {
                if (model.index(r, InventoryModel::Name).data().toString() == QLatin1String(name))
                    return model.index(r, column).data(Qt::ToolTipRole).toString();
            }
            return QString();
        };
        QCOMPARE(tip("sendgrid-api-key", InventoryModel::Status),
                 QStringLiteral("Overdue: age 100 d, policy 90 d (overdue)"));
        QCOMPARE(tip("stripe-api-key", InventoryModel::Status), QStringLiteral("Healthy: age 5 d, policy 30 d"));
        QCOMPARE(tip("gateway-key-staging", InventoryModel::Status),
                 QStringLiteral("Stale: unused for 10 d (possible stale deployment)"));
        QVERIFY(tip("acme-bank-prod", InventoryModel::Status).contains(QLatin1String("age 300 d, policy 180 d")));
        QCOMPARE(tip("stripe-api-key", InventoryModel::LastUsed), QStringLiteral("2026-11-24 11:50 UTC"));
        QCOMPARE(tip("sendgrid-api-key", InventoryModel::Name), QStringLiteral("Used by notification-service"));
        QVERIFY(tip("stripe-api-key", InventoryModel::AgeDays).contains(fingerprintOf("a")));
        const int stripe = model.rowOf(model.index(3, 0).data(InventoryModel::CredentialIdRole).toLongLong());
        QCOMPARE(stripe, 3);
        QCOMPARE(model.index(stripe, InventoryModel::LastUsed).data().toString(), QStringLiteral("10 min ago"));
        QCOMPARE(model.index(stripe, InventoryModel::Criticality).data().toString(), QStringLiteral("high"));
        QCOMPARE(model.rowOf(987654), -1);
    }

    void distinctValuesSortAndCriticalityByLevel()
    {
        StoreFixture f;
        seed(f);
        InventoryModel model(*f.store, f.clock);
        model.reload();
        QCOMPARE(model.distinctValues(InventoryModel::Criticality), (QStringList{"low", "high", "critical"}));
        QCOMPARE(model.distinctValues(InventoryModel::Owner), (QStringList{"messaging-team", "payments-team"}));
        QCOMPARE(model.distinctValues(InventoryModel::Environment), (QStringList{"production", "staging"}));
        QCOMPARE(model.distinctValues(InventoryModel::Status), QStringList());
        InventoryFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(InventoryModel::Criticality, Qt::DescendingOrder);
        // critical first; ties (three "high" keys... here two) in name order
        QCOMPARE(names(proxy),
                 (QStringList{"sendgrid-api-key", "acme-bank-prod", "stripe-api-key", "gateway-key-staging"}));
        proxy.sort(InventoryModel::Owner);
        QCOMPARE(names(proxy),
                 (QStringList{"sendgrid-api-key", "acme-bank-prod", "gateway-key-staging", "stripe-api-key"}));
        proxy.sort(InventoryModel::LastUsed, Qt::DescendingOrder);
        QCOMPARE(names(proxy).first(), QStringLiteral("acme-bank-prod"));
        proxy.sort(InventoryModel::Name, Qt::DescendingOrder);
        QCOMPARE(names(proxy).first(), QStringLiteral("stripe-api-key"));
    }

    void foldsSearchText()
    {
        QCOMPARE(InventoryModel::foldForSearch(u"Stripe-API_Key"), QByteArray("stripe-api_key"));
        QCOMPARE(InventoryModel::foldForSearch(u"Zürich ÄPI"), QStringLiteral("zürich äpi").toUtf8());
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
