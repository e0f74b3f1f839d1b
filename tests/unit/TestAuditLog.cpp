#include "TestSupport.h"

#include <QSqlQuery>

using namespace keyturn;
using namespace keyturn::test;

class TestAuditLog : public QObject
{
    Q_OBJECT

    /// Writes `n` events through the store, a minute apart.
    static void fill(StoreFixture &f, int n)
    {
        for (int i = 0; i < n; ++i) {
            f.clock.advanceSecs(60);
            QVERIFY(f.store->createCredential(heldCredential(QStringLiteral("key-%1").arg(i))).ok());
        }
    }
    static void exec(StoreFixture &f, const QString &sql)
    {
        QSqlQuery q(f.db->connection());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void appendsAChain()
    {
        StoreFixture f;
        fill(f, 5);
        auto events = f.audit->events();
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 5);
        QCOMPARE(events->first().prevHash, genesisHash());
        for (int i = 0; i < events->size(); ++i) {
            const AuditEvent &e = events->at(i);
            QCOMPARE(e.id, qint64(i + 1));
            QCOMPARE(e.hash, chainHash(e.prevHash, canonicalJson(e)));
            if (i > 0)
                QCOMPARE(e.prevHash, events->at(i - 1).hash);
        }
        auto v = f.audit->verify();
        QVERIFY(v.ok());
        QVERIFY2(v->intact, qPrintable(v->problem));
        QCOMPARE(v->eventsChecked, qint64(5));
        QCOMPARE(v->headHash, events->last().hash);
    }

    void emptyLogIsIntact()
    {
        StoreFixture f;
        auto v = f.audit->verify();
        QVERIFY(v.ok() && v->intact);
        QCOMPARE(v->headHash, genesisHash());
    }

    void canonicalJsonIsStable()
    {
        AuditEvent e;
        e.id = 7;
        e.at = QDateTime(QDate(2026, 11, 24), QTime(17, 20, 0, 123), Qt::UTC);
        e.actor = QStringLiteral("alice \"the admin\"");
        e.action = QStringLiteral("credential.created");
        e.targetType = QStringLiteral("credential");
        e.targetId = QStringLiteral("3");
        e.keyVersion = 2;
        e.newFingerprint = QStringLiteral("sha256:0123456789abcdef");
        e.details =
            canonicalDetails(QJsonObject{{QStringLiteral("z"), 1}, {QStringLiteral("a"), QStringLiteral("x\n")}});
        const QByteArray expected =
            "{\"action\":\"credential.created\",\"actor\":\"alice \\\"the admin\\\"\","
            "\"at\":\"2026-11-24T17:20:00.123Z\",\"details\":{\"a\":\"x\\n\",\"z\":1},\"id\":7,"
            "\"key_version\":2,\"new_fingerprint\":\"sha256:0123456789abcdef\",\"old_fingerprint\":\"\","
            "\"target_id\":\"3\",\"target_type\":\"credential\"}";
        QCOMPARE(canonicalJson(e), expected);
    }

    void appendOutsideTransactionIsRefused()
    {
        StoreFixture f;
        AuditEvent e;
        e.actor = QStringLiteral("mallory");
        e.action = QStringLiteral("x");
        auto r = f.audit->append(e);
        QVERIFY(!r.ok());
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events")), qint64(0));
    }

    void detectsAnEditedRow()
    {
        StoreFixture f;
        fill(f, 6);
        exec(f, QStringLiteral("UPDATE audit_events SET actor='mallory' WHERE id=4"));
        auto v = f.audit->verify();
        QVERIFY(v.ok());
        QVERIFY(!v->intact);
        QCOMPARE(v->firstBadId, qint64(4));
        QVERIFY2(v->problem.contains(QLatin1String("#4")), qPrintable(v->problem));
    }

    void detectsAnEditWithRecomputedHash()
    {
        StoreFixture f;
        fill(f, 6);
        // a forger who recomputes the edited row's hash still breaks the link to the next row
        auto events = *f.audit->events();
        AuditEvent forged = events.at(2);
        forged.actor = QStringLiteral("mallory");
        forged.hash = chainHash(forged.prevHash, canonicalJson(forged));
        exec(f, QStringLiteral("UPDATE audit_events SET actor='mallory', hash='%1' WHERE id=3")
                    .arg(QString::fromLatin1(forged.hash)));
        auto v = f.audit->verify();
        QVERIFY(!v->intact);
        QCOMPARE(v->firstBadId, qint64(4));
        QVERIFY2(v->problem.contains(QLatin1String("#3")), qPrintable(v->problem));
    }

    void detectsADeletedRow()
    {
        StoreFixture f;
        fill(f, 6);
        exec(f, QStringLiteral("DELETE FROM audit_events WHERE id=3"));
        auto v = f.audit->verify();
        QVERIFY(!v->intact);
        QCOMPARE(v->firstBadId, qint64(3));
        QVERIFY2(v->problem.contains(QLatin1String("missing")), qPrintable(v->problem));
    }

    void detectsDeletedTail()
    {
        StoreFixture f;
        fill(f, 6);
        exec(f, QStringLiteral("DELETE FROM audit_events WHERE id>=5"));
        auto v = f.audit->verify();
        QVERIFY(!v->intact);
        QCOMPARE(v->firstBadId, qint64(5));
    }

    void detectsReorderedRows()
    {
        StoreFixture f;
        fill(f, 6);
        // swap the positions of events 2 and 3
        exec(f, QStringLiteral("UPDATE audit_events SET id=-2 WHERE id=2"));
        exec(f, QStringLiteral("UPDATE audit_events SET id=2 WHERE id=3"));
        exec(f, QStringLiteral("UPDATE audit_events SET id=3 WHERE id=-2"));
        auto v = f.audit->verify();
        QVERIFY(!v->intact);
        QCOMPARE(v->firstBadId, qint64(2));
    }

    void detectsRemovedHead()
    {
        StoreFixture f;
        fill(f, 2);
        exec(f, QStringLiteral("DELETE FROM audit_head"));
        auto v = f.audit->verify();
        QVERIFY(!v->intact);
    }

    void appendsContinueAfterReopen()
    {
        StoreFixture f;
        fill(f, 3);
        f.store.reset();
        f.audit.reset();
        f.db.reset();
        auto db = Database::open(f.path());
        QVERIFY(db.ok());
        AuditLog audit(**db, f.clock);
        WorkspaceStore store(**db, audit, f.clock, QStringLiteral("bob"));
        QVERIFY(store.createCredential(heldCredential(QStringLiteral("after-reopen"))).ok());
        auto v = audit.verify();
        QVERIFY(v->intact);
        QCOMPARE(v->eventsChecked, qint64(4));
    }

    void verifyCanBeCancelled()
    {
        StoreFixture f;
        {
            Transaction tx(*f.db);
            for (int i = 0; i < 5000; ++i) {
                AuditEvent e;
                e.actor = QStringLiteral("bulk");
                e.action = QStringLiteral("test.event");
                e.targetType = QStringLiteral("test");
                e.targetId = QString::number(i);
                QVERIFY(f.audit->append(e).ok());
            }
            QVERIFY(tx.commit().ok());
        }
        qint64 seen = 0;
        auto v = f.audit->verify([&seen](qint64 done, qint64 total) {
            seen = done;
            Q_UNUSED(total);
            return false;
        });
        QVERIFY(v.ok());
        QVERIFY(!v->intact);
        QVERIFY(v->problem.contains(QLatin1String("cancelled")));
        QVERIFY(seen > 0 && seen < 5000);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
