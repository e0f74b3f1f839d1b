// Chain verification: every kind of tampering is detected and located; the walk reads the stored bytes (no QString
// round trip) yet hashes exactly what AuditLog wrote; a verification is recorded as an event of its own.
#include "AuditTestData.h"

#include <QJsonDocument>
#include <QRandomGenerator>

using namespace keyturn;
using namespace keyturn::test;

class TestAuditVerification : public QObject
{
    Q_OBJECT

    static void exec(StoreFixture &f, const QString &sql)
    {
        QSqlQuery q(f.db->connection());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }

    /// Six events through the store, a minute apart.
    static void fill(StoreFixture &f, int n = 6)
    {
        for (int i = 0; i < n; ++i) {
            f.clock.advanceSecs(60);
            QVERIFY(f.store->createCredential(heldCredential(QStringLiteral("key-%1").arg(i))).ok());
        }
    }

    static QString hex(const QByteArray &h) { return QString::fromLatin1(h); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tamperingIsDetectedAndLocated_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<qint64>("firstBad");
        QTest::addColumn<QString>("says");

        QTest::newRow("edited actor") << "edit-actor" << qint64(4) << "#4";
        QTest::newRow("edited details") << "edit-details" << qint64(2) << "altered";
        QTest::newRow("edited time by 1 ms") << "edit-time" << qint64(5) << "#5";
        QTest::newRow("edited key version") << "edit-version" << qint64(3) << "#3";
        QTest::newRow("deleted row") << "delete-3" << qint64(3) << "missing";
        QTest::newRow("deleted tail") << "delete-tail" << qint64(5) << "missing";
        QTest::newRow("deleted first") << "delete-1" << qint64(1) << "missing";
        QTest::newRow("two rows swapped (contents)") << "swap-contents" << qint64(2) << "#2";
        QTest::newRow("two rows swapped (ids)") << "swap-ids" << qint64(2) << "#2";
        QTest::newRow("forged hash, recomputed without the successor") << "forge-keep-prev" << qint64(4) << "#3";
        QTest::newRow("forged hash, recomputed without the predecessor") << "forge-genesis-prev" << qint64(3) << "#3";
        QTest::newRow("forged first event") << "forge-first" << qint64(1) << "genesis";
        QTest::newRow("edited prev_hash") << "edit-prev" << qint64(4) << "#4";
        QTest::newRow("edited head hash") << "edit-head-hash" << qint64(6) << "head";
        QTest::newRow("head moved back") << "head-back" << qint64(5) << "beyond";
        QTest::newRow("head moved forward") << "head-forward" << qint64(7) << "missing";
        QTest::newRow("row appended behind the log's back") << "append-behind" << qint64(7) << "beyond";
        QTest::newRow("tail cut and the head re-pointed at a forged hash")
            << "cut-and-forge-head" << qint64(4) << "head";
    }

    void tamperingIsDetectedAndLocated()
    {
        QFETCH(QString, tamper);
        QFETCH(qint64, firstBad);
        QFETCH(QString, says);
        StoreFixture f;
        fill(f);
        QVERIFY(f.audit->verify()->intact);
        const QList<AuditEvent> events = allEvents(f);
        auto forged = [&](AuditEvent e) {
            e.hash = chainHash(e.prevHash, canonicalJson(e));
            return e;
        };
        if (tamper == QLatin1String("edit-actor")) {
            exec(f, QStringLiteral("UPDATE audit_events SET actor='mallory' WHERE id=4"));
        } else if (tamper == QLatin1String("edit-details")) {
            exec(f, QStringLiteral("UPDATE audit_events SET details='{\"name\":\"other\"}' WHERE id=2"));
        } else if (tamper == QLatin1String("edit-time")) {
            exec(f, QStringLiteral("UPDATE audit_events SET at=at+1 WHERE id=5"));
        } else if (tamper == QLatin1String("edit-version")) {
            exec(f, QStringLiteral("UPDATE audit_events SET key_version=9 WHERE id=3"));
        } else if (tamper == QLatin1String("delete-3")) {
            exec(f, QStringLiteral("DELETE FROM audit_events WHERE id=3"));
        } else if (tamper == QLatin1String("delete-tail")) {
            exec(f, QStringLiteral("DELETE FROM audit_events WHERE id>=5"));
        } else if (tamper == QLatin1String("delete-1")) {
            exec(f, QStringLiteral("DELETE FROM audit_events WHERE id=1"));
        } else if (tamper == QLatin1String("swap-contents")) {
            // rows 2 and 3 exchange everything but their ids (and their hashes travel with them)
            const AuditEvent a = events.at(1), b = events.at(2);
            for (const auto &[into, from] : {std::pair(a, b), std::pair(b, a)}) {
                QSqlQuery q(f.db->connection());
                q.prepare(QStringLiteral("UPDATE audit_events SET at=?, actor=?, action=?, target_id=?, details=?,"
                                         " prev_hash=?, hash=? WHERE id=?"));
                q.addBindValue(from.at.toMSecsSinceEpoch());
                q.addBindValue(from.actor);
                q.addBindValue(from.action);
                q.addBindValue(from.targetId);
                q.addBindValue(QString::fromUtf8(from.details));
                q.addBindValue(hex(from.prevHash));
                q.addBindValue(hex(from.hash));
                q.addBindValue(into.id);
                QVERIFY(q.exec());
            }
        } else if (tamper == QLatin1String("swap-ids")) {
            exec(f, QStringLiteral("UPDATE audit_events SET id=-2 WHERE id=2"));
            exec(f, QStringLiteral("UPDATE audit_events SET id=2 WHERE id=3"));
            exec(f, QStringLiteral("UPDATE audit_events SET id=3 WHERE id=-2"));
        } else if (tamper == QLatin1String("forge-keep-prev")) {
            AuditEvent e = events.at(2);
            e.actor = QStringLiteral("mallory");
            e = forged(e);
            exec(f, QStringLiteral("UPDATE audit_events SET actor='mallory', hash='%1' WHERE id=3").arg(hex(e.hash)));
        } else if (tamper == QLatin1String("forge-genesis-prev")) {
            // the forger rebuilt event 3 as if nothing came before it
            AuditEvent e = events.at(2);
            e.actor = QStringLiteral("mallory");
            e.prevHash = genesisHash();
            e = forged(e);
            exec(f, QStringLiteral("UPDATE audit_events SET actor='mallory', prev_hash='%1', hash='%2' WHERE id=3")
                        .arg(hex(e.prevHash), hex(e.hash)));
        } else if (tamper == QLatin1String("forge-first")) {
            AuditEvent e = events.at(0);
            e.prevHash = QByteArray(64, 'f');
            e = forged(e);
            exec(f, QStringLiteral("UPDATE audit_events SET prev_hash='%1', hash='%2' WHERE id=1")
                        .arg(hex(e.prevHash), hex(e.hash)));
        } else if (tamper == QLatin1String("edit-prev")) {
            exec(f, QStringLiteral("UPDATE audit_events SET prev_hash='%1' WHERE id=4").arg(QString(64, 'a')));
        } else if (tamper == QLatin1String("edit-head-hash")) {
            exec(f, QStringLiteral("UPDATE audit_head SET last_hash='%1'").arg(QString(64, 'b')));
        } else if (tamper == QLatin1String("head-back")) {
            exec(f, QStringLiteral("UPDATE audit_head SET last_id=4, last_hash='%1'").arg(hex(events.at(3).hash)));
        } else if (tamper == QLatin1String("head-forward")) {
            exec(f, QStringLiteral("UPDATE audit_head SET last_id=8"));
        } else if (tamper == QLatin1String("append-behind")) {
            AuditEvent e = events.last();
            e.id = 7;
            e.prevHash = events.last().hash;
            e.actor = QStringLiteral("mallory");
            e = forged(e);
            exec(f, QStringLiteral("INSERT INTO audit_events (id, at, actor, action, target_type, target_id,"
                                   " details, prev_hash, hash) VALUES (7, %1, 'mallory', '%2', '%3', '%4', '%5',"
                                   " '%6', '%7')")
                        .arg(e.at.toMSecsSinceEpoch())
                        .arg(e.action, e.targetType, e.targetId, QString::fromUtf8(e.details), hex(e.prevHash),
                             hex(e.hash)));
        } else if (tamper == QLatin1String("cut-and-forge-head")) {
            exec(f, QStringLiteral("DELETE FROM audit_events WHERE id>4"));
            exec(f, QStringLiteral("UPDATE audit_head SET last_id=4, last_hash='%1'").arg(QString(64, 'c')));
        } else {
            QFAIL("unknown tampering");
        }
        auto v = f.audit->verify();
        QVERIFY(v.ok());
        QVERIFY(!v->intact);
        QVERIFY(!v->cancelled);
        QCOMPARE(v->firstBadId, firstBad);
        QVERIFY2(v->problem.contains(says), qPrintable(v->problem));
        // A verification of a broken log is recorded too, after the head: unless the head points before rows that
        // exist (the new event's id is taken), then recording fails and says so.
        auto recorded = f.audit->recordVerification(*v, QStringLiteral("auditor"));
        if (tamper == QLatin1String("head-back") || tamper == QLatin1String("append-behind")) {
            QVERIFY(!recorded.ok());
            return;
        }
        QVERIFY2(recorded.ok(), qPrintable(recorded.errorMessage()));
        QVERIFY(recorded->details.contains("\"result\":\"broken\""));
        QVERIFY(recorded->details.contains(QStringLiteral("\"first_bad_id\":%1").arg(firstBad).toUtf8()));
        auto again = f.audit->verify();
        QVERIFY(!again->intact);
        QVERIFY(again->firstBadId <= firstBad + 1);
    }

    void intactLogNamesItsHead()
    {
        StoreFixture f;
        fill(f);
        auto v = f.audit->verify();
        QVERIFY(v->intact);
        QCOMPARE(v->eventsChecked, qint64(6));
        QCOMPARE(v->headId, qint64(6));
        QCOMPARE(v->headHash, allEvents(f).last().hash);
        QCOMPARE(v->firstBadId, qint64(0));
        QVERIFY(v->problem.isEmpty());
    }

    void verificationIsRecordedInItsOwnTransaction()
    {
        StoreFixture f;
        fill(f, 3);
        auto v = f.audit->verify();
        QVERIFY(v->intact);
        auto recorded = f.audit->recordVerification(*v, QStringLiteral("auditor"));
        QVERIFY(recorded.ok());
        QCOMPARE(recorded->id, qint64(4));
        QCOMPARE(recorded->action, QStringLiteral("audit.verified"));
        QCOMPARE(recorded->actor, QStringLiteral("auditor"));
        QCOMPARE(recorded->targetId, QStringLiteral("3"));
        const QJsonObject d = QJsonDocument::fromJson(recorded->details).object();
        QCOMPARE(d.value(QLatin1String("result")).toString(), QStringLiteral("intact"));
        QCOMPARE(d.value(QLatin1String("events_checked")).toInt(), 3);
        QCOMPARE(d.value(QLatin1String("head_hash")).toString(), hex(v->headHash));
        auto next = f.audit->verify();
        QVERIFY(next->intact);
        QCOMPARE(next->eventsChecked, qint64(4));

        // not inside someone else's transaction
        Transaction tx(*f.db);
        QVERIFY(!f.audit->recordVerification(*next, QStringLiteral("auditor")).ok());
    }

    void cancelledVerificationIsNotRecorded()
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
        QList<qint64> calls;
        auto v = f.audit->verify([&calls](qint64 done, qint64 total) {
            calls << done;
            return total != 5000; // cancel
        });
        QVERIFY(v.ok());
        QVERIFY(v->cancelled);
        QVERIFY(!v->intact);
        QVERIFY(v->problem.contains(QLatin1String("cancelled")));
        QCOMPARE(calls, QList<qint64>{4096});
        auto recorded = f.audit->recordVerification(*v, QStringLiteral("auditor"));
        QVERIFY(!recorded.ok());
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events")), qint64(5000));
    }

    void appendsDuringVerificationAreNotTampering()
    {
        StoreFixture f;
        {
            Transaction tx(*f.db);
            for (int i = 0; i < 5000; ++i) {
                AuditEvent e;
                e.actor = QStringLiteral("bulk");
                e.action = QStringLiteral("test.event");
                QVERIFY(f.audit->append(e).ok());
            }
            QVERIFY(tx.commit().ok());
        }
        bool appended = false;
        // another client appends while the walk runs (on SQLite the same connection may; PostgreSQL streams the walk,
        // so there it is a second connection, as another engineer's would be)
        std::unique_ptr<Database> other;
        if (testingOnPostgres())
            other = std::move(Database::open(f.location).value());
        Database &writer = other ? *other : *f.db;
        AuditLog otherLog(writer, f.clock);
        auto v = f.audit->verify([&](qint64, qint64) {
            if (!appended) {
                appended = true;
                Transaction tx(writer);
                AuditEvent e;
                e.actor = QStringLiteral("meanwhile");
                e.action = QStringLiteral("test.event");
                if (!otherLog.append(e) || !tx.commit())
                    return false;
            }
            return true;
        });
        QVERIFY(appended);
        QVERIFY2(v->intact, qPrintable(v->problem));
        QCOMPARE(v->headId, qint64(5000));
        QVERIFY(f.audit->verify()->intact);
    }

    void storedBytesHashLikeTheEvent_data()
    {
        QTest::addColumn<QString>("text");
        const QStringList texts = awkwardTexts();
        for (int i = 0; i < texts.size(); ++i)
            QTest::addRow("awkward text %d", i) << texts.at(i);
        QTest::newRow("NUL inside") << QString(QStringLiteral("nul") + QChar(0) + QStringLiteral("inside"));
        QTest::newRow("all controls") << [] {
            QString s;
            for (ushort c = 1; c < 32; ++c)
                s += QChar(c);
            return s;
        }();
    }

    void storedBytesHashLikeTheEvent()
    {
        // What verification reads (raw bytes) must hash exactly like the AuditEvent that was appended.
        QFETCH(QString, text);
        StoreFixture f;
        Transaction tx(*f.db);
        AuditEvent e;
        e.actor = text;
        e.action = QStringLiteral("test.") + text;
        e.targetType = text;
        e.targetId = text;
        e.oldFingerprint = text;
        e.newFingerprint = text;
        e.keyVersion = -3;
        e.details = canonicalDetails(QJsonObject{{QStringLiteral("t"), text}});
        if (testingOnPostgres() && text.contains(QChar(0))) {
            // PostgreSQL's text holds no NUL: the append is refused in words, and nothing is written
            auto refused = f.audit->append(e);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.errorMessage().contains(QLatin1String("NUL")), qPrintable(refused.errorMessage()));
            return;
        }
        QVERIFY(f.audit->append(e).ok());
        QVERIFY(tx.commit().ok());
        auto v = f.audit->verify();
        QVERIFY2(v->intact, qPrintable(v->problem));
        auto back = f.audit->event(1);
        QVERIFY(back.ok());
        QCOMPARE(back->actor, text);
        QCOMPARE(back->hash, chainHash(back->prevHash, canonicalJson(*back)));
    }

    void fastTimeFormatMatchesQt()
    {
        QList<qint64> samples = {0,
                                 1,
                                 -1,
                                 999,
                                 86399999,
                                 -62135596800000LL, // 0001-01-01
                                 253402300799999LL, // 9999-12-31T23:59:59.999
                                 951782400000LL,    // 2000-02-29
                                 4107542400000LL,   // 2100-03-01
                                 fixedNow().toMSecsSinceEpoch()};
        QRandomGenerator rnd(42);
        for (int i = 0; i < 20000; ++i)
            samples << qint64(rnd.bounded(253402300799999.0 + 62135596800000.0)) - 62135596800000LL;
        for (qint64 ms : samples) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            std::string fast;
            appendIsoUtc(fast, ms);
            QCOMPARE(QString::fromStdString(fast), at.toString(Qt::ISODateWithMs));
            QCOMPARE(isoUtc(at), at.toString(Qt::ISODateWithMs));
        }
    }
};

QTEST_GUILESS_MAIN(TestAuditVerification)
#include "TestAuditVerification.moc"
