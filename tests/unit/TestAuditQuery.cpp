#include "AuditTestData.h"

using namespace keyturn;
using namespace keyturn::test;

Q_DECLARE_METATYPE(keyturn::AuditOrder)

class TestAuditQuery : public QObject
{
    Q_OBJECT

    std::unique_ptr<StoreFixture> m_f;
    AuditData m_d;
    QList<AuditEvent> m_all;

    /// Every page from the start to the end, checking each page on the way.
    static QList<qint64> pageAll(const AuditQuery &q, const AuditFilter &filter, AuditOrder order, int limit)
    {
        QList<qint64> ids;
        qint64 after = 0;
        for (int guard = 0; guard < 100000; ++guard) {
            auto page = q.page(filter, order, after, limit);
            if (!page)
                qFatal("page failed: %s", qPrintable(page.errorMessage()));
            if (page->events.size() > limit)
                qFatal("page larger than its limit");
            // a page stops short only at the end, or when its bounded scan was cut off
            if (!page->atEnd && !page->scanCutOff && page->events.size() != limit)
                qFatal("a page stopped short without reason");
            for (const AuditEvent &e : page->events)
                ids << e.id;
            if (page->atEnd)
                return ids;
            if (page->resumeAfterId == after && page->events.isEmpty())
                qFatal("paging made no progress");
            after = page->resumeAfterId;
        }
        qFatal("paging did not end");
        return ids;
    }

    QDateTime minutes(int n) const { return fixedNow().addSecs(qint64(n) * 60); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_f = std::make_unique<StoreFixture>();
        m_d = fillAuditLog(*m_f, 400);
        m_all = allEvents(*m_f);
        QVERIFY(m_all.size() > 400);
        // the data really has times that go backwards
        bool backwards = false;
        for (int i = 1; i < m_all.size(); ++i)
            backwards = backwards || m_all.at(i).at < m_all.at(i - 1).at;
        QVERIFY(backwards);
    }

    void pagesReturnExactlyTheMatchingRows_data()
    {
        QTest::addColumn<QDateTime>("since");
        QTest::addColumn<QDateTime>("until");
        QTest::addColumn<QStringList>("actions");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("keyVersion");
        QTest::addColumn<QString>("text");

        const QDateTime none;
        const QStringList noActions;
        QTest::newRow("everything") << none << none << noActions << QString() << QString() << -1 << QString();
        QTest::newRow("since") << minutes(120) << none << noActions << QString() << QString() << -1 << QString();
        QTest::newRow("until") << none << minutes(90) << noActions << QString() << QString() << -1 << QString();
        QTest::newRow("range") << minutes(40) << minutes(150) << noActions << QString() << QString() << -1 << QString();
        QTest::newRow("empty range") << minutes(150) << minutes(40) << noActions << QString() << QString() << -1
                                     << QString();
        QTest::newRow("exact action") << none << none << QStringList{QStringLiteral("notice.approved")} << QString()
                                      << QString() << -1 << QString();
        QTest::newRow("prefix with dot") << none << none << QStringList{QStringLiteral("rotation.")} << QString()
                                         << QString() << -1 << QString();
        QTest::newRow("prefix with star")
            << none << none << QStringList{QStringLiteral("rotation*")} << QString() << QString() << -1 << QString();
        QTest::newRow("two types") << none << none
                                   << QStringList{QStringLiteral("notice.sent"), QStringLiteral("key_version.")}
                                   << QString() << QString() << -1 << QString();
        QTest::newRow("absent type") << none << none << QStringList{QStringLiteral("nothing.like.this")} << QString()
                                     << QString() << -1 << QString();
        QTest::newRow("actor") << none << none << noActions << QStringLiteral("bob") << QString() << -1 << QString();
        QTest::newRow("non-ASCII actor") << none << none << noActions << QStringLiteral("Dävid Ünïcode") << QString()
                                         << -1 << QString();
        QTest::newRow("key by name") << none << none << noActions << QString() << QStringLiteral("stripe-api-key") << -1
                                     << QString();
        QTest::newRow("key by id") << none << none << noActions << QString() << QStringLiteral("2") << -1 << QString();
        QTest::newRow("key version") << none << none << noActions << QString() << QString() << 2 << QString();
        QTest::newRow("key version 0") << none << none << noActions << QString() << QString() << 0 << QString();
        QTest::newRow("text, any case") << none << none << noActions << QString() << QString() << -1
                                        << QStringLiteral("tImEoUt");
        QTest::newRow("text with % and _")
            << none << none << noActions << QString() << QString() << -1 << QStringLiteral("50%_");
        QTest::newRow("text in target") << none << none << noActions << QString() << QString() << -1
                                        << QStringLiteral("notice 1");
        QTest::newRow("text, fingerprint")
            << none << none << noActions << QString() << QString() << -1 << QStringLiteral("sha256:");
        QTest::newRow("text, non-ASCII") << none << none << noActions << QString() << QString() << -1
                                         << QStringLiteral("東京");
        QTest::newRow("actor + type") << none << none << QStringList{QStringLiteral("rotation.")}
                                      << QStringLiteral("alice") << QString() << -1 << QString();
        QTest::newRow("key + type") << none << none << QStringList{QStringLiteral("rotation.step")} << QString()
                                    << QStringLiteral("stripe-api-key") << -1 << QString();
        QTest::newRow("key + key version")
            << none << none << noActions << QString() << QStringLiteral("stripe-api-key") << 1 << QString();
        QTest::newRow("range + actor + text") << minutes(20) << minutes(250) << noActions << QStringLiteral("carol")
                                              << QString() << -1 << QStringLiteral("n\":");
        QTest::newRow("everything at once")
            << minutes(0) << minutes(400) << QStringList{QStringLiteral("rotation.")} << QStringLiteral("alice")
            << QStringLiteral("stripe-api-key") << 0 << QStringLiteral("n");
    }

    void pagesReturnExactlyTheMatchingRows()
    {
        QFETCH(QDateTime, since);
        QFETCH(QDateTime, until);
        QFETCH(QStringList, actions);
        QFETCH(QString, actor);
        QFETCH(QString, key);
        QFETCH(int, keyVersion);
        QFETCH(QString, text);
        AuditFilter filter;
        filter.since = since;
        filter.until = until;
        filter.actions = actions;
        filter.actor = actor;
        filter.key = key;
        if (keyVersion >= 0)
            filter.keyVersion = keyVersion;
        filter.text = text;

        AuditQuery q(*m_f->db);
        for (AuditOrder order : {AuditOrder::NewestFirst, AuditOrder::OldestFirst}) {
            const QList<qint64> expected = referenceIds(m_all, filter, m_d, order);
            const QByteArray tag = QTest::currentDataTag();
            if (tag != "empty range" && tag != "absent type")
                QVERIFY2(!expected.isEmpty(), "the data should hold events for this filter");
            for (int scanLimit : {AuditQuery::kDefaultScanLimit, 7}) {
                q.setScanLimit(scanLimit);
                for (int limit : {1, 13, 1000}) {
                    const QList<qint64> got = pageAll(q, filter, order, limit);
                    QCOMPARE(got, expected);
                }
            }
            q.setScanLimit(AuditQuery::kDefaultScanLimit);
            auto count = q.count(filter);
            QVERIFY(count.ok());
            QVERIFY(count->exact);
            QCOMPARE(count->value, qint64(expected.size()));
            // matches() agrees with the reference for every event
            for (const AuditEvent &e : m_all) {
                if (e.id % 9 == 0)
                    QCOMPARE(*q.matches(filter, e.id), expected.contains(e.id));
            }
        }
        // forEach: the same events, in chain order
        QList<qint64> inIdOrder = referenceIds(m_all, filter, m_d, AuditOrder::OldestFirst);
        std::sort(inIdOrder.begin(), inIdOrder.end());
        QList<qint64> visited;
        auto n = q.forEach(filter, [&visited](const AuditEventView &v) {
            visited << v.id;
            return true;
        });
        QVERIFY(n.ok());
        QCOMPARE(visited, inIdOrder);
    }

    void pagesHoldWholeEvents()
    {
        AuditQuery q(*m_f->db);
        auto page = q.page({}, AuditOrder::OldestFirst, 0, 10000);
        QVERIFY(page.ok());
        QVERIFY(page->atEnd);
        QList<AuditEvent> sorted = m_all;
        std::sort(sorted.begin(), sorted.end(), [](const AuditEvent &a, const AuditEvent &b) {
            return std::pair(a.at, a.id) < std::pair(b.at, b.id);
        });
        QCOMPARE(page->events, sorted);
    }

    void pageAroundHoldsTheEventAndContinues()
    {
        AuditQuery q(*m_f->db);
        AuditFilter filter;
        filter.actions = {QStringLiteral("rotation.")};
        const QList<qint64> expected = referenceIds(m_all, filter, m_d, AuditOrder::NewestFirst);
        const qint64 target = expected.at(expected.size() / 2);
        auto w = q.pageAround(filter, target, 10);
        QVERIFY2(w.ok(), qPrintable(w.errorMessage()));
        QCOMPARE(w->events.at(w->focus).id, target);
        QVERIFY(!w->newerAtEnd && !w->olderAtEnd);
        // the window plus the pages either side of it is the whole filtered history, in order
        QList<qint64> newer;
        for (qint64 after = w->newerResumeId;;) {
            auto p = q.page(filter, AuditOrder::OldestFirst, after, 7);
            QVERIFY(p.ok());
            for (const AuditEvent &e : p->events)
                newer.prepend(e.id);
            if (p->atEnd)
                break;
            after = p->resumeAfterId;
        }
        QList<qint64> ids = newer;
        for (const AuditEvent &e : w->events)
            ids << e.id;
        for (qint64 after = w->olderResumeId;;) {
            auto p = q.page(filter, AuditOrder::NewestFirst, after, 7);
            QVERIFY(p.ok());
            for (const AuditEvent &e : p->events)
                ids << e.id;
            if (p->atEnd)
                break;
            after = p->resumeAfterId;
        }
        QCOMPARE(ids, expected);

        // the newest and the oldest event: the window says it is at that end
        auto first = q.pageAround(filter, expected.first(), 10);
        QVERIFY(first.ok() && first->focus == 0 && first->newerAtEnd);
        auto last = q.pageAround(filter, expected.last(), 10);
        QVERIFY(last.ok() && last->focus == last->events.size() - 1 && last->olderAtEnd);
    }

    void pageAroundRefusesAnEventOutsideTheFilter()
    {
        AuditQuery q(*m_f->db);
        AuditFilter filter;
        filter.actor = QStringLiteral("bob");
        qint64 notBob = 0;
        for (const AuditEvent &e : m_all) {
            if (e.actor != QLatin1String("bob"))
                notBob = e.id;
        }
        auto w = q.pageAround(filter, notBob, 10);
        QVERIFY(!w.ok());
        QVERIFY2(w.errorMessage().contains(QStringLiteral("#%1").arg(notBob)), qPrintable(w.errorMessage()));
        auto missing = q.pageAround({}, 999999, 10);
        QVERIFY(!missing.ok());
        QVERIFY(missing.errorMessage().contains(QLatin1String("#999999")));
    }

    void unknownKeyAndCursorAreErrors()
    {
        AuditQuery q(*m_f->db);
        AuditFilter filter;
        filter.key = QStringLiteral("no-such-key");
        auto page = q.page(filter, AuditOrder::NewestFirst);
        QVERIFY(!page.ok());
        QVERIFY2(page.errorMessage().contains(QLatin1String("no-such-key")), qPrintable(page.errorMessage()));
        QVERIFY(!q.count(filter).ok());
        auto cursor = q.page({}, AuditOrder::NewestFirst, 123456, 10);
        QVERIFY(!cursor.ok());
        QVERIFY(cursor.errorMessage().contains(QLatin1String("#123456")));
    }

    void countsStopAtTheCap()
    {
        AuditQuery q(*m_f->db);
        AuditFilter filter;
        filter.actions = {QStringLiteral("rotation.")};
        const qint64 all = referenceIds(m_all, filter, m_d, AuditOrder::NewestFirst).size();
        QVERIFY(all > 10);
        auto capped = q.count(filter, 10);
        QVERIFY(capped.ok());
        QCOMPARE(capped->value, qint64(10));
        QVERIFY(!capped->exact);
        auto exact = q.count(filter, all);
        QVERIFY(exact->exact);
        QCOMPARE(exact->value, all);
        // a scanning filter whose scan reaches its limit gives a lower bound
        filter.text = QStringLiteral("alice");
        q.setScanLimit(20);
        auto bounded = q.count(filter);
        QVERIFY(bounded.ok());
        QVERIFY(!bounded->exact);
        QVERIFY(bounded->value <= 20);
        auto everything = q.count({});
        QVERIFY(everything.ok() && everything->exact);
        QCOMPARE(everything->value, qint64(m_all.size()));
    }

    void cutOffScansSayHowFarTheyLooked()
    {
        AuditQuery q(*m_f->db);
        q.setScanLimit(10);
        AuditFilter filter;
        filter.text = QStringLiteral("no such text anywhere");
        auto page = q.page(filter, AuditOrder::NewestFirst, 0, 10);
        QVERIFY(page.ok());
        QVERIFY(page->events.isEmpty());
        QVERIFY(page->scanCutOff);
        QVERIFY(!page->atEnd);
        QVERIFY(page->scannedTo.isValid());
        const QList<qint64> order = referenceIds(m_all, {}, m_d, AuditOrder::NewestFirst);
        QCOMPARE(page->resumeAfterId, order.at(9));
    }

    void namesForThePickers()
    {
        AuditQuery q(*m_f->db);
        QStringList actions, actors;
        for (const AuditEvent &e : m_all) {
            if (!actions.contains(e.action))
                actions << e.action;
            if (!actors.contains(e.actor))
                actors << e.actor;
        }
        auto sortBytes = [](QStringList l) {
            std::sort(l.begin(), l.end(), [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
            return l;
        };
        QCOMPARE(*q.actionNames(), sortBytes(actions));
        QCOMPARE(*q.actorNames(), sortBytes(actors));
    }

    void describeNamesEveryPart()
    {
        AuditFilter f;
        QCOMPARE(f.describe(), QStringLiteral("every event"));
        QVERIFY(f.isEmpty());
        f.actions = {QStringLiteral("rotation.")};
        f.key = QStringLiteral("stripe");
        f.keyVersion = 3;
        QVERIFY(!f.isEmpty());
        const QString d = f.describe();
        QVERIFY(d.contains(QLatin1String("rotation.")) && d.contains(QLatin1String("stripe")) &&
                d.contains(QLatin1String("3")));
    }
};

QTEST_GUILESS_MAIN(TestAuditQuery)
#include "TestAuditQuery.moc"
