#include "TestSupport.h"
#include "core/models/CalendarModel.h"
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
            if (model.rowAt(i).plan.credential.name == key && model.rowAt(i).plan.due == due)
                return i;
        }
        return -1;
    }

private Q_SLOTS:
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
        QCOMPARE(model.rowAt(0).plan.credential.name, QStringLiteral("reports-key"));
        QCOMPARE(model.rowAt(0).flags, int(CalendarModel::Overdue));
        QCOMPARE(model.index(0, CalendarModel::Date).data().toString(), QStringLiteral("2026-11-24 12:00"));

        const int stripe = rowOf(model, QStringLiteral("stripe-api-key"), utc(2026, 12, 1, 2));
        QVERIFY(stripe >= 0);
        QCOMPARE(model.rowAt(stripe).flags, int(CalendarModel::Collision));
        QCOMPARE(
            model.index(stripe, CalendarModel::Flags).data(Qt::ToolTipRole).toString(),
            QStringLiteral("stripe-api-key and adyen-api-key both serve payment-service and rotate on 2026-12-01"));
        QCOMPARE(model.index(stripe, CalendarModel::Flags).data().toString(), QStringLiteral("collision"));
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

        // 22 h apart across two dates is still a collision
        const int february = rowOf(model, QStringLiteral("stripe-api-key"), utc(2027, 2, 1, 2));
        QVERIFY(february >= 0);
        QVERIFY(model.rowAt(february).flags & CalendarModel::Collision);
        QVERIFY2(model.rowAt(february).reasons.first().contains(
                     QStringLiteral("rotate within 24 h (2027-02-01 02:00 and 2027-02-02 00:00 UTC)")),
                 qPrintable(model.rowAt(february).reasons.first()));

        // the freeze holds the Wednesday rotation back to its end
        const int frozen = rowOf(model, QStringLiteral("gateway-key"), utc(2026, 12, 23, 3));
        QVERIFY(frozen >= 0);
        QCOMPARE(model.rowAt(frozen).flags, int(CalendarModel::Blackout));
        QCOMPARE(model.rowAt(frozen).plan.startsAt, utc(2027, 1, 3));
        QCOMPARE(model.index(frozen, CalendarModel::Date).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Due 2026-12-23 03:00 UTC; starts 2027-01-03 00:00 UTC"));
        QVERIFY(model.rowAt(frozen).reasons.first().contains(QStringLiteral("holiday freeze")));

        const int single = rowOf(model, QStringLiteral("legacy-sms-key"), utc(2026, 12, 30));
        QVERIFY(single >= 0);
        QCOMPARE(model.rowAt(single).flags, int(CalendarModel::NoOverlap | CalendarModel::Blackout));
        QCOMPARE(model.index(single, CalendarModel::Flags).data().toString(),
                 QStringLiteral("blackout, no overlap possible"));
        QVERIFY(model.index(single, CalendarModel::Flags)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("LegacySMS cannot hold two keys at once")));

        // nothing for keys beyond the horizon, issued keys (campaigns) or a key that does not share a service
        for (int i = 0; i < model.rowCount(); ++i) {
            const QString name = model.rowAt(i).plan.credential.name;
            QVERIFY(name != QLatin1String("mail-key"));
            QVERIFY(name != QLatin1String("consumer-key"));
            if (name == QLatin1String("gateway-key") && i != frozen)
                QCOMPARE(model.rowAt(i).flags, int(CalendarModel::NoFlag));
            if (i > 0)
                QVERIFY(model.rowAt(i - 1).plan.startsAt <= model.rowAt(i).plan.startsAt);
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
