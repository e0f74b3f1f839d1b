// The audit view's model: pages lazily (never the whole log), keeps a bounded window, moves it to any event, and
// shows each event's fields, canonical JSON and hash.
#include "AuditTestData.h"
#include "core/models/AuditModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace keyturn;
using namespace keyturn::test;

class TestAuditModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<StoreFixture> m_f;
    AuditData m_d;
    QList<AuditEvent> m_all;

    static QList<qint64> ids(const AuditModel &m)
    {
        QList<qint64> out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, 0).data(AuditModel::EventIdRole).toLongLong();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_f = std::make_unique<StoreFixture>();
        m_d = fillAuditLog(*m_f, 600);
        m_all = allEvents(*m_f);
    }

    void pagesLazily()
    {
        AuditModel model(*m_f->db);
        model.setPageSize(50);
        model.setMaxRows(10000);
        QVERIFY(model.setFilter({}));
        QCOMPARE(model.rowCount(), 50);
        const QList<qint64> expected = referenceIds(m_all, {}, m_d, AuditOrder::NewestFirst);
        QVERIFY(expected.size() > 600);
        int fetches = 0;
        while (model.canFetchMore({})) {
            const int before = model.rowCount();
            model.fetchMore({});
            ++fetches;
            QVERIFY(model.rowCount() > before);
            QVERIFY(model.rowCount() <= before + 50);
        }
        QCOMPARE(fetches, int((expected.size() + 49) / 50) - 1);
        QCOMPARE(ids(model), expected);
    }

    void keepsABoundedWindow()
    {
        AuditModel model(*m_f->db);
        model.setPageSize(40);
        model.setMaxRows(100);
        QVERIFY(model.setFilter({}));
        const QList<qint64> expected = referenceIds(m_all, {}, m_d, AuditOrder::NewestFirst);
        QVERIFY(!model.canFetchPrevious());
        for (int i = 0; i < 6; ++i)
            model.fetchMore({});
        QVERIFY(model.rowCount() <= 100);
        QVERIFY(model.canFetchPrevious());
        // the window is a contiguous piece of the history, 7 pages in
        const QList<qint64> window = ids(model);
        const int start = int(expected.indexOf(window.first()));
        QVERIFY(start > 0);
        QCOMPARE(window, expected.mid(start, window.size()));
        QCOMPARE(start + window.size(), 7 * 40);
        // and goes back up to the newest event
        while (model.canFetchPrevious())
            model.fetchPrevious();
        QVERIFY(model.rowCount() <= 100);
        QCOMPARE(ids(model), expected.mid(0, model.rowCount()));
        QVERIFY(model.canFetchMore({}));
    }

    void filtersAndShowsFields()
    {
        AuditModel model(*m_f->db);
        AuditFilter filter;
        filter.actions = {QStringLiteral("rotation.completed")};
        filter.key = QStringLiteral("stripe-api-key");
        QVERIFY(model.setFilter(filter));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(ids(model), referenceIds(m_all, filter, m_d, AuditOrder::NewestFirst));
        QVERIFY(model.rowCount() > 0);

        const AuditEvent &e = model.eventAt(0);
        auto cell = [&model](int column, int role = Qt::DisplayRole) { return model.index(0, column).data(role); };
        QCOMPARE(cell(AuditModel::Time).toString(), e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QCOMPARE(cell(AuditModel::Time, Qt::ToolTipRole).toString(), isoUtc(e.at));
        QCOMPARE(cell(AuditModel::Actor).toString(), e.actor);
        QCOMPARE(cell(AuditModel::Action).toString(), QStringLiteral("rotation.completed"));
        QCOMPARE(cell(AuditModel::Target).toString(), e.targetType + QLatin1Char(' ') + e.targetId);
        QCOMPARE(cell(AuditModel::KeyVersion), e.keyVersion ? QVariant(*e.keyVersion) : QVariant());
        QCOMPARE(cell(AuditModel::OldFingerprint).toString(), e.oldFingerprint);
        QCOMPARE(cell(AuditModel::NewFingerprint).toString(), e.newFingerprint);
        QVERIFY(cell(AuditModel::Details).toString().contains(QLatin1String("n=")));
        QCOMPARE(cell(AuditModel::Details, Qt::ToolTipRole).toString(), QString::fromUtf8(e.details));
        QCOMPARE(cell(0, AuditModel::EventRole).value<AuditEvent>(), e);
        QCOMPARE(cell(0, AuditModel::CanonicalJsonRole).toString(), QString::fromUtf8(canonicalJson(e)));
        QCOMPARE(cell(0, AuditModel::HashRole).toString(), QString::fromLatin1(e.hash));
        QCOMPARE(cell(0, AuditModel::TargetTypeRole).toString(), e.targetType);
        QCOMPARE(model.headerData(AuditModel::Time, Qt::Horizontal).toString(), QStringLiteral("Time (UTC)"));
        QCOMPARE(model.columnCount(), int(AuditModel::ColumnCount));
    }

    void oldestFirstOrder()
    {
        AuditModel model(*m_f->db);
        model.setOrder(AuditOrder::OldestFirst);
        model.setPageSize(100);
        QVERIFY(model.setFilter({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(ids(model), referenceIds(m_all, {}, m_d, AuditOrder::OldestFirst));
    }

    void jumpsToAnEvent()
    {
        for (AuditOrder order : {AuditOrder::NewestFirst, AuditOrder::OldestFirst}) {
            AuditModel model(*m_f->db);
            model.setOrder(order);
            model.setPageSize(20);
            QVERIFY(model.setFilter({}));
            const QList<qint64> expected = referenceIds(m_all, {}, m_d, order);
            const qint64 target = expected.at(expected.size() / 2);
            QCOMPARE(model.rowOfEvent(target), -1);
            const int row = model.locateEvent(target);
            QVERIFY2(row >= 0, qPrintable(model.lastError()));
            QCOMPARE(model.eventAt(row).id, target);
            QVERIFY(model.rowCount() <= 21);
            QVERIFY(model.canFetchPrevious());
            QVERIFY(model.canFetchMore({}));
            const QList<qint64> window = ids(model);
            const int start = int(expected.indexOf(window.first()));
            QCOMPARE(window, expected.mid(start, window.size()));
            // the window grows back to the start of the order
            model.setMaxRows(100000);
            while (model.canFetchPrevious())
                model.fetchPrevious();
            QCOMPARE(ids(model).first(), expected.first());
            QCOMPARE(model.rowOfEvent(target), int(expected.indexOf(target)));
            // already in the window: no move
            QCOMPARE(model.locateEvent(target), int(expected.indexOf(target)));
        }
    }

    void jumpOutsideTheFilterFails()
    {
        AuditModel model(*m_f->db);
        AuditFilter filter;
        filter.actor = QStringLiteral("bob");
        QVERIFY(model.setFilter(filter));
        const int before = model.rowCount();
        qint64 alice = 0;
        for (const AuditEvent &e : m_all) {
            if (e.actor == QLatin1String("alice"))
                alice = e.id;
        }
        QCOMPARE(model.locateEvent(alice), -1);
        QVERIFY(model.lastError().contains(QStringLiteral("#%1").arg(alice)));
        QCOMPARE(model.rowCount(), before);
    }

    void modelTesterFindsNothingWrong()
    {
        // The tester fetches more on its own from every signal; the model stays consistent and never holds all rows.
        AuditModel model(*m_f->db);
        model.setPageSize(30);
        model.setMaxRows(90);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setFilter({}));
        for (int i = 0; i < 8; ++i)
            model.fetchMore({});
        QVERIFY(model.rowCount() <= 90);
        while (model.canFetchPrevious())
            model.fetchPrevious();
        AuditFilter filter;
        filter.actions = {QStringLiteral("notice.")};
        QVERIFY(model.setFilter(filter));
        const QList<qint64> expected = referenceIds(m_all, filter, m_d, AuditOrder::NewestFirst);
        QVERIFY(model.locateEvent(expected.at(expected.size() / 2)) >= 0);
        model.fetchPrevious();
        model.fetchMore({});
        model.setOrder(AuditOrder::OldestFirst);
        QVERIFY(model.rowCount() < m_all.size());
    }

    void unknownKeyEmptiesTheModelAndSaysWhy()
    {
        AuditModel model(*m_f->db);
        QVERIFY(model.setFilter({}));
        QSignalSpy errors(&model, &AuditModel::errorOccurred);
        AuditFilter filter;
        filter.key = QStringLiteral("no-such-key");
        QVERIFY(!model.setFilter(filter));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(errors.size(), 1);
        QVERIFY(model.lastError().contains(QLatin1String("no-such-key")));
    }

    void boundedSearchSaysHowFarItLooked()
    {
        AuditModel model(*m_f->db);
        model.query().setScanLimit(10);
        QSignalSpy state(&model, &AuditModel::searchStateChanged);
        AuditFilter filter;
        filter.text = QStringLiteral("nothing matches this");
        QVERIFY(model.setFilter(filter));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.isSearchCutOff());
        QVERIFY(model.searchedTo().isValid());
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(state.size(), 1);
        const QDateTime first = model.searchedTo();
        model.fetchMore({});
        QVERIFY(model.searchedTo() < first);
        // with the default limit the whole (small) log is searched at once
        model.query().setScanLimit(AuditQuery::kDefaultScanLimit);
        QVERIFY(model.setFilter(filter));
        QVERIFY(!model.isSearchCutOff());
        QVERIFY(!model.canFetchMore({}));
    }
};

QTEST_GUILESS_MAIN(TestAuditModel)
#include "TestAuditModel.moc"
