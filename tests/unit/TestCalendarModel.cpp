#include "TestSupport.h"
#include "core/models/CalendarModel.h"
#include "core/models/InventoryModel.h"
#include "core/schedule/Blackout.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace keyturn;
using namespace keyturn::test;

namespace {
QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}
} // namespace

class TestCalendarModel : public QObject
{
    Q_OBJECT

    qint64 add(StoreFixture &f, Credential c, const QDateTime &rotatedAt)
    {
        auto id = f.store->createCredential(c);
        if (!id)
            qFatal("%s", qPrintable(id.errorMessage()));
        KeyVersion k = currentKey(*id, c.name.toUtf8());
        k.activatedAt = rotatedAt;
        k.createdAt = rotatedAt;
        if (auto r = f.store->addKeyVersion(k); !r)
            qFatal("%s", qPrintable(r.errorMessage()));
        return *id;
    }

    static Credential held(const QString &name, const QStringList &usedBy, const QString &cron = {}, int days = 30)
    {
        Credential c = heldCredential(name, days);
        c.usedBy = usedBy;
        c.scheduleCron = cron;
        return c;
    }

    /// Known data, as of Tuesday 2026-11-24 12:00 UTC, with a holiday freeze 2026-12-20 – 2027-01-03:
    ///   stripe-api-key  payment-service, billing  "0 2 1 * *"   12-01 02:00, 01-01 (→ 01-03), 02-01 02:00
    ///   adyen-api-key   payment-service           every 30 d    12-01 06:00, 12-31 (→ 01-03), 02-02 00:00
    ///   gateway-key     gateway                   "0 3 * * 3"   Wednesdays; 12-23 → 01-03; 12 rows
    ///   legacy-sms-key  sms (single key)          every 90 d    12-30 (→ 01-03)
    ///   reports-key     reporting                 every 30 d    overdue since 10-31, then 12-24 (→ 01-03), 02-02
    ///   mail-key (a year away) and an issued key: no rows
    void seed(StoreFixture &f)
    {
        add(f,
            held(QStringLiteral("stripe-api-key"), {QStringLiteral("payment-service"), QStringLiteral("billing")},
                 QStringLiteral("0 2 1 * *")),
            utc(2026, 11, 1, 3));
        add(f, held(QStringLiteral("adyen-api-key"), {QStringLiteral("payment-service")}), utc(2026, 11, 1, 6));
        add(f, held(QStringLiteral("gateway-key"), {QStringLiteral("gateway")}, QStringLiteral("0 3 * * 3")),
            utc(2026, 11, 18, 3));
        Credential single = held(QStringLiteral("legacy-sms-key"), {QStringLiteral("sms")}, {}, 90);
        single.provider = QStringLiteral("LegacySMS");
        single.supportsDualKey = false;
        add(f, single, utc(2026, 10, 1));
        add(f, held(QStringLiteral("reports-key"), {QStringLiteral("reporting")}), utc(2026, 10, 1));
        add(f, held(QStringLiteral("mail-key"), {QStringLiteral("notifications")}, {}, 365), utc(2026, 6, 1));
        Credential issued = held(QStringLiteral("consumer-key"), {QStringLiteral("payment-service")});
        issued.kind = CredentialKind::Issued;
        add(f, issued, utc(2026, 11, 1, 6));
        auto freeze = blackoutsFromJson(
            R"([{"start":"2026-12-20T00:00:00Z","end":"2027-01-03T00:00:00Z","reason":"holiday freeze"}])");
        QVERIFY(freeze.ok());
        QVERIFY(writeBlackouts(*f.store, *freeze).ok());
    }

    static int rowOf(const CalendarModel &model, const QString &key, const QDateTime &due)
    {
        for (int i = 0; i < model.rowCount(); ++i) {
            if (model.rowAt(i).key.name == key && model.rowAt(i).due == due)
                return i;
        }
        return -1;
    }

    /// What the filter should show, worked out the slow way: every row whose key, provider, environment or services
    /// contain the text (ignoring case), flagged ones only when asked, in the model's order.
    static QList<int> expectedRows(const CalendarModel &model, const QString &text, bool onlyFlagged)
    {
        QList<int> rows;
        for (int i = 0; i < model.rowCount(); ++i) {
            if (onlyFlagged && model.index(i, 0).data(CalendarModel::FlagsRole).toInt() == CalendarModel::NoFlag)
                continue;
            bool found = text.isEmpty();
            for (int column :
                 {CalendarModel::Key, CalendarModel::Provider, CalendarModel::Environment, CalendarModel::Services})
                found = found || model.index(i, column).data().toString().contains(text, Qt::CaseInsensitive);
            if (found)
                rows.append(i);
        }
        return rows;
    }

    static QList<int> shownRows(const CalendarFilterModel &proxy)
    {
        QList<int> rows;
        for (int i = 0; i < proxy.rowCount(); ++i)
            rows.append(proxy.mapToSource(proxy.index(i, 0)).row());
        return rows;
    }

private Q_SLOTS:
    void plansFromTheInventorysRowsAsFromTheStore()
    {
        StoreFixture f;
        seed(f);
        CalendarModel fromStore(*f.store, f.clock);
        fromStore.reload();
        InventoryModel inventory(*f.store, f.clock);
        CalendarModel fromRows(*f.store, f.clock);
        fromRows.setInventory(&inventory);
        fromRows.reload(); // an inventory never read has nothing to go by: the store's rows are planned
        QCOMPARE(fromRows.rowCount(), 22);
        inventory.reload();
        fromRows.reload();
        QCOMPARE(fromRows.rowCount(), 22);
        QCOMPARE(fromRows.rowCount(), fromStore.rowCount());
        for (int r = 0; r < fromRows.rowCount(); ++r) {
            for (int c = 0; c < fromRows.columnCount(); ++c) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                    QCOMPARE(fromRows.index(r, c).data(role), fromStore.index(r, c).data(role));
            }
            QCOMPARE(fromRows.rowAt(r).flags, fromStore.rowAt(r).flags);
        }
        // the plan's key names are the inventory's strings, not copies
        const int first = inventory.rowOf(fromRows.rowAt(0).key.id);
        QVERIFY(first >= 0);
        QVERIFY(fromRows.rowAt(0).key.name.isSharedWith(inventory.rowAt(first).data.credential.name));
    }

    void plansTheNext13WeeksWithFlags()
    {
        StoreFixture f;
        seed(f);
        CalendarModel model(*f.store, f.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reloaded(&model, &CalendarModel::reloaded);
        model.reload();
        QCOMPARE(reloaded.size(), 1);
        QCOMPARE(model.columnCount(), int(CalendarModel::ColumnCount));
        QCOMPARE(model.rowCount(), 22);

        // the overdue key comes first, planned for now
        QCOMPARE(model.rowAt(0).key.name, QStringLiteral("reports-key"));
        QCOMPARE(model.rowAt(0).flags, int(CalendarModel::Overdue));
        QVERIFY(model.rowAt(0).overdue);
        QCOMPARE(model.rowAt(0).due, utc(2026, 10, 31));
        QCOMPARE(model.reasonsAt(0),
                 QStringList{QStringLiteral("Due since 2026-10-31 00:00 UTC: the next run-due starts it")});
        QCOMPARE(model.index(0, CalendarModel::Date).data().toString(), QStringLiteral("2026-11-24 12:00"));
        QCOMPARE(model.index(0, CalendarModel::Date).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Due 2026-10-31 00:00 UTC; starts 2026-11-24 12:00 UTC"));

        const int stripe = rowOf(model, QStringLiteral("stripe-api-key"), utc(2026, 12, 1, 2));
        QVERIFY(stripe >= 0);
        QCOMPARE(model.rowAt(stripe).flags, int(CalendarModel::Collision));
        QCOMPARE(
            model.index(stripe, CalendarModel::Flags).data(Qt::ToolTipRole).toString(),
            QStringLiteral("stripe-api-key and adyen-api-key both serve payment-service and rotate on 2026-12-01"));
        QCOMPARE(model.index(stripe, CalendarModel::Flags).data().toString(), QStringLiteral("collision"));
        QCOMPARE(model.index(stripe, 0).data(CalendarModel::FlagReasonsRole).toStringList(),
                 QStringList{QStringLiteral(
                     "stripe-api-key and adyen-api-key both serve payment-service and rotate on 2026-12-01")});
        QCOMPARE(model.index(stripe, 0).data(CalendarModel::CredentialIdRole).toLongLong(), model.rowAt(stripe).key.id);
        QVERIFY(!model.rowAt(stripe).overdue);
        QVERIFY(!model.rowAt(stripe).blackout);
        QCOMPARE(model.index(stripe, CalendarModel::Services).data().toString(),
                 QStringLiteral("payment-service, billing"));
        QCOMPARE(model.index(stripe, CalendarModel::Schedule).data().toString(),
                 QStringLiteral("cron 0 2 1 * * (UTC)"));
        QCOMPARE(model.index(stripe, 0).data(CalendarModel::WeekStartRole).toDate(), QDate(2026, 11, 30));
        QCOMPARE(model.index(stripe, 0).data(CalendarModel::TimestampRole).toDateTime(), utc(2026, 12, 1, 2));
        const int adyen = rowOf(model, QStringLiteral("adyen-api-key"), utc(2026, 12, 1, 6));
        QVERIFY(adyen >= 0);
        QCOMPARE(
            model.index(adyen, CalendarModel::Flags).data(Qt::ToolTipRole).toString(),
            QStringLiteral("adyen-api-key and stripe-api-key both serve payment-service and rotate on 2026-12-01"));
        QCOMPARE(model.index(adyen, CalendarModel::Schedule).data().toString(), QStringLiteral("every 30 d"));
        QCOMPARE(model.partnersAt(stripe)[0], adyen);
        QCOMPARE(model.partnersAt(stripe)[1], -1);
        QCOMPARE(model.partnersAt(adyen)[0], stripe);

        // 22 h apart across two dates is still a collision
        const int february = rowOf(model, QStringLiteral("stripe-api-key"), utc(2027, 2, 1, 2));
        QVERIFY(february >= 0);
        QVERIFY(model.rowAt(february).flags & CalendarModel::Collision);
        QVERIFY2(model.reasonsAt(february).first().contains(
                     QStringLiteral("rotate within 24 h (2027-02-01 02:00 and 2027-02-02 00:00 UTC)")),
                 qPrintable(model.reasonsAt(february).first()));

        // the freeze holds the Wednesday rotation back to its end
        const int frozen = rowOf(model, QStringLiteral("gateway-key"), utc(2026, 12, 23, 3));
        QVERIFY(frozen >= 0);
        QCOMPARE(model.rowAt(frozen).flags, int(CalendarModel::Blackout));
        QCOMPARE(model.rowAt(frozen).startsAt, utc(2027, 1, 3));
        QCOMPARE(model.index(frozen, CalendarModel::Date).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Due 2026-12-23 03:00 UTC; starts 2027-01-03 00:00 UTC"));
        QVERIFY(model.reasonsAt(frozen).first().contains(QStringLiteral("holiday freeze")));
        QVERIFY(model.rowAt(frozen).blackout);
        QCOMPARE(model.rowAt(frozen).blackout->reason, QStringLiteral("holiday freeze"));
        QCOMPARE(model.rowAt(frozen).due, utc(2026, 12, 23, 3));
        QCOMPARE(model.index(frozen, 0).data(CalendarModel::WeekStartRole).toDate(), QDate(2026, 12, 28));

        const int single = rowOf(model, QStringLiteral("legacy-sms-key"), utc(2026, 12, 30));
        QVERIFY(single >= 0);
        QCOMPARE(model.rowAt(single).flags, int(CalendarModel::NoOverlap | CalendarModel::Blackout));
        QCOMPARE(model.index(single, CalendarModel::Flags).data().toString(),
                 QStringLiteral("blackout, no overlap possible"));
        QVERIFY(model.index(single, CalendarModel::Flags)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("LegacySMS cannot hold two keys at once")));

        // the counts the view's summary shows are the rows' flags
        int flagged = 0;
        QHash<int, int> perFlag;
        for (int i = 0; i < model.rowCount(); ++i) {
            flagged += model.rowAt(i).flags != CalendarModel::NoFlag;
            for (CalendarModel::Flag flag : CalendarModel::allFlags())
                perFlag[flag] += (model.rowAt(i).flags & flag) ? 1 : 0;
        }
        QCOMPARE(model.flaggedCount(), flagged);
        QCOMPARE(flagged, 10);
        for (CalendarModel::Flag flag : CalendarModel::allFlags())
            QCOMPARE(model.flagCount(flag), perFlag.value(flag));

        // nothing for keys beyond the horizon, issued keys (campaigns) or a key that does not share a service
        for (int i = 0; i < model.rowCount(); ++i) {
            const QString name = model.rowAt(i).key.name;
            QVERIFY(name != QLatin1String("mail-key"));
            QVERIFY(name != QLatin1String("consumer-key"));
            if (name == QLatin1String("gateway-key") && i != frozen)
                QCOMPARE(model.rowAt(i).flags, int(CalendarModel::NoFlag));
            if (i > 0)
                QVERIFY(model.rowAt(i - 1).startsAt <= model.rowAt(i).startsAt);
        }
    }

    void filterShowsOnlyFlaggedRows()
    {
        StoreFixture f;
        seed(f);
        CalendarModel model(*f.store, f.clock);
        model.reload();
        CalendarFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 22);
        proxy.setOnlyFlagged(true);
        QCOMPARE(proxy.rowCount(), 10);
        for (int i = 0; i < proxy.rowCount(); ++i)
            QVERIFY(proxy.index(i, 0).data(CalendarModel::FlagsRole).toInt() != CalendarModel::NoFlag);
        proxy.setText(QStringLiteral("PAYMENT"));
        QCOMPARE(proxy.rowCount(), 6);
        proxy.setOnlyFlagged(false);
        QCOMPARE(proxy.rowCount(), 6);
        proxy.setText(QString());
        proxy.sort(CalendarModel::Key);
        QCOMPARE(proxy.index(0, CalendarModel::Key).data().toString(), QStringLiteral("adyen-api-key"));
        // the model reloads under the proxy
        model.reload();
        QCOMPARE(proxy.rowCount(), 22);
    }

    void filterTextMatchesAsTyped()
    {
        StoreFixture f;
        seed(f);
        CalendarModel model(*f.store, f.clock);
        model.reload();
        CalendarFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        // typed, corrected and cleared, with the flagged switch in between: each step as the slow way finds it
        const QStringList texts = {
            QStringLiteral("p"),
            QStringLiteral("pa"),
            QStringLiteral("pay"),
            QStringLiteral("pa"),
            QStringLiteral("PAYMENT-SERVICE, BILL"), // the Services column as shown
            QStringLiteral("legacysms"),             // the provider (case ignored)
            QStringLiteral("sms"),
            QStringLiteral("-key"),
            QStringLiteral("gateway"),
            QStringLiteral("key\nLegacySMS"), // a line break is in no field
            QStringLiteral("production"),
            QStringLiteral(" "),
            QStringLiteral("nothing-like-this"),
            QString(),
        };
        for (bool onlyFlagged : {false, true}) {
            proxy.setOnlyFlagged(onlyFlagged);
            for (const QString &text : texts) {
                proxy.setText(text);
                QCOMPARE(proxy.text(), text);
                QCOMPARE(shownRows(proxy), expectedRows(model, text, onlyFlagged));
            }
        }
        proxy.setOnlyFlagged(false);
        proxy.setText(QStringLiteral("PAYMENT-SERVICE, BILL"));
        QCOMPARE(proxy.rowCount(), 3); // stripe's three rotations
        proxy.setText(QStringLiteral("sms"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, CalendarModel::Key).data().toString(), QStringLiteral("legacy-sms-key"));
        // a reload keeps the text and applies it to the new rows
        QVERIFY(writeBlackouts(*f.store, {}).ok());
        model.reload();
        QCOMPARE(shownRows(proxy), expectedRows(model, QStringLiteral("sms"), false));
    }

    void filterSortsByColumn()
    {
        StoreFixture f;
        seed(f);
        CalendarModel model(*f.store, f.clock);
        model.reload();
        CalendarFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        for (int column : {int(CalendarModel::Week), int(CalendarModel::Date), int(CalendarModel::Key),
                           int(CalendarModel::Provider), int(CalendarModel::Environment), int(CalendarModel::Services),
                           int(CalendarModel::Schedule), int(CalendarModel::Flags)}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                proxy.sort(column, order);
                QCOMPARE(proxy.rowCount(), model.rowCount());
                // what a stable sort by the sort role gives: ties in the calendar's order
                QList<int> expected;
                for (int i = 0; i < model.rowCount(); ++i)
                    expected.append(i);
                const auto value = [&](int row) { return model.index(row, column).data(CalendarModel::SortRole); };
                std::stable_sort(expected.begin(), expected.end(), [&](int a, int b) {
                    const QPartialOrdering c = QVariant::compare(value(a), value(b));
                    return order == Qt::AscendingOrder ? c == QPartialOrdering::Less : c == QPartialOrdering::Greater;
                });
                QVERIFY2(shownRows(proxy) == expected, qPrintable(QStringLiteral("column %1").arg(column)));
            }
        }
        // back to the calendar's order
        proxy.sort(-1);
        QList<int> all;
        for (int i = 0; i < model.rowCount(); ++i)
            all.append(i);
        QCOMPARE(shownRows(proxy), all);
    }

    void collisionsNameUpToThreePartners()
    {
        StoreFixture f;
        // on the 1st of each month: alpha 01:00, bravo 02:00, charlie 03:00 (naming its service twice), delta 04:00,
        // echo 06:00 serve "shared"; foxtrot 05:00 serves another service
        const QDateTime rotated = utc(2026, 11, 2);
        add(f, held(QStringLiteral("alpha-key"), {QStringLiteral("shared")}, QStringLiteral("0 1 1 * *")), rotated);
        add(f,
            held(QStringLiteral("bravo-key"), {QStringLiteral("billing"), QStringLiteral("shared")},
                 QStringLiteral("0 2 1 * *")),
            rotated);
        add(f,
            held(QStringLiteral("charlie-key"), {QStringLiteral("shared"), QStringLiteral("shared")},
                 QStringLiteral("0 3 1 * *")),
            rotated);
        add(f, held(QStringLiteral("delta-key"), {QStringLiteral("shared")}, QStringLiteral("0 4 1 * *")), rotated);
        add(f, held(QStringLiteral("foxtrot-key"), {QStringLiteral("other")}, QStringLiteral("0 5 1 * *")), rotated);
        add(f, held(QStringLiteral("echo-key"), {QStringLiteral("shared")}, QStringLiteral("0 6 1 * *")), rotated);
        CalendarModel model(*f.store, f.clock);
        model.reload();
        QCOMPARE(model.rowCount(), 18); // 1 December, 1 January, 1 February
        const QHash<QString, int> hour = {{QStringLiteral("alpha-key"), 1},   {QStringLiteral("bravo-key"), 2},
                                          {QStringLiteral("charlie-key"), 3}, {QStringLiteral("delta-key"), 4},
                                          {QStringLiteral("foxtrot-key"), 5}, {QStringLiteral("echo-key"), 6}};
        const auto row = [&](const QString &key) { return rowOf(model, key, utc(2026, 12, 1, hour.value(key))); };
        const QString on = QStringLiteral(" both serve shared and rotate on 2026-12-01");
        // each row looks at the next three rows of its service (charlie's counts twice): alpha meets bravo and
        // charlie, not delta
        QCOMPARE(model.reasonsAt(row(QStringLiteral("alpha-key"))),
                 (QStringList{QStringLiteral("alpha-key and bravo-key") + on,
                              QStringLiteral("alpha-key and charlie-key") + on}));
        QCOMPARE(model.reasonsAt(row(QStringLiteral("bravo-key"))),
                 (QStringList{QStringLiteral("bravo-key and alpha-key") + on,
                              QStringLiteral("bravo-key and charlie-key") + on,
                              QStringLiteral("bravo-key and delta-key") + on}));
        // charlie meets alpha, bravo, delta and echo: it names the first three
        QCOMPARE(model.reasonsAt(row(QStringLiteral("charlie-key"))),
                 (QStringList{QStringLiteral("charlie-key and alpha-key") + on,
                              QStringLiteral("charlie-key and bravo-key") + on,
                              QStringLiteral("charlie-key and delta-key") + on}));
        QCOMPARE(model.reasonsAt(row(QStringLiteral("echo-key"))),
                 (QStringList{QStringLiteral("echo-key and charlie-key") + on,
                              QStringLiteral("echo-key and delta-key") + on}));
        for (const QString &key :
             {QStringLiteral("alpha-key"), QStringLiteral("bravo-key"), QStringLiteral("charlie-key"),
              QStringLiteral("delta-key"), QStringLiteral("echo-key")})
            QCOMPARE(model.rowAt(row(key)).flags, int(CalendarModel::Collision));
        QCOMPARE(model.rowAt(row(QStringLiteral("foxtrot-key"))).flags, int(CalendarModel::NoFlag));
        QCOMPARE(model.index(row(QStringLiteral("foxtrot-key")), CalendarModel::Flags).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Nothing to look at"));
        QCOMPARE(model.flagCount(CalendarModel::Collision), 15);
    }

    void horizonAndBlackoutChangesReplan()
    {
        StoreFixture f;
        seed(f);
        CalendarModel model(*f.store, f.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHorizonWeeks(4); // to 2026-12-22 12:00
        QCOMPARE(model.rowCount(), 7);
        model.setHorizonWeeks(13);
        QCOMPARE(model.rowCount(), 22);
        QVERIFY(writeBlackouts(*f.store, {}).ok());
        model.reload();
        // without the freeze: gateway every Wednesday (13), stripe 3, adyen 3, legacy 1, reports 4 (now, 12-24,
        // 01-23, 02-22)
        QCOMPARE(model.rowCount(), 24);
        for (int i = 0; i < model.rowCount(); ++i)
            QVERIFY(!(model.rowAt(i).flags & CalendarModel::Blackout));
    }

    void headers()
    {
        StoreFixture f;
        CalendarModel model(*f.store, f.clock);
        model.reload();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.headerData(CalendarModel::Date, Qt::Horizontal).toString(), QStringLiteral("Date (UTC)"));
        QCOMPARE(model.headerData(CalendarModel::Flags, Qt::Horizontal).toString(), QStringLiteral("Flags"));
    }
};

QTEST_GUILESS_MAIN(TestCalendarModel)
#include "TestCalendarModel.moc"
