// Exports: CSV and JSON Lines read back into exactly the stored events (commas, quotes, newlines, non-ASCII), end
// with the chain head, are written whole or not at all, and check-export finds what was changed in the file.
#include "AuditTestData.h"
#include "core/audit/AuditExport.h"

#include <QBuffer>
#include <QDir>
#include <QJsonDocument>

using namespace keyturn;
using namespace keyturn::test;

Q_DECLARE_METATYPE(keyturn::AuditExportFormat)

class TestAuditExport : public QObject
{
    Q_OBJECT

    std::unique_ptr<StoreFixture> m_f;
    AuditData m_d;
    QList<AuditEvent> m_all;
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file));
        return f.readAll();
    }
    static void writeAll(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(file));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_f = std::make_unique<StoreFixture>();
        m_d = fillAuditLog(*m_f, 200);
        m_all = allEvents(*m_f);
    }

    void roundTripsExactly_data()
    {
        QTest::addColumn<AuditExportFormat>("format");
        QTest::addColumn<QString>("filterKind");
        for (auto [format, name] :
             {std::pair(AuditExportFormat::Csv, "csv"), std::pair(AuditExportFormat::JsonLines, "jsonl")}) {
            for (const char *kind : {"all", "type", "key-version", "range", "actor+text"})
                QTest::addRow("%s, %s", name, kind) << format << QString::fromLatin1(kind);
        }
    }

    void roundTripsExactly()
    {
        QFETCH(AuditExportFormat, format);
        QFETCH(QString, filterKind);
        AuditFilter filter;
        if (filterKind == QLatin1String("type"))
            filter.actions = {QStringLiteral("rotation."), QStringLiteral("notice.sent")};
        else if (filterKind == QLatin1String("key-version"))
            filter.keyVersion = 2;
        else if (filterKind == QLatin1String("range")) {
            QList<QDateTime> times;
            for (const AuditEvent &e : m_all)
                times << e.at;
            std::sort(times.begin(), times.end());
            filter.since = times.at(times.size() / 4);
            filter.until = times.at(times.size() * 3 / 4);
        } else if (filterKind == QLatin1String("actor+text"))
            filter = AuditFilter{{}, {}, {}, QStringLiteral("Dävid Ünïcode"), {}, {}, QStringLiteral("lines")};

        QList<AuditEvent> expected;
        for (const AuditEvent &e : m_all) {
            if (referenceMatch(filter, e, m_d))
                expected << e; // id order
        }
        QVERIFY(!expected.isEmpty());

        const QString file = path(QStringLiteral("export-%1.%2").arg(filterKind, auditExportExtension(format)));
        auto written = exportAuditToFile(*m_f->db, filter, format, file);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QCOMPARE(written->rows, qint64(expected.size()));
        QCOMPARE(written->bytes, QFileInfo(file).size());
        const auto head = *m_f->audit->head();
        QCOMPARE(written->headId, head.first);
        QCOMPARE(written->headHash, head.second);

        auto back = readAuditExport(file);
        QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
        QCOMPARE(back->format, format);
        QVERIFY(back->hasHead);
        QCOMPARE(back->headId, head.first);
        QCOMPARE(back->headHash, head.second);
        QCOMPARE(back->events.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(back->events.at(i), expected.at(i));

        // the same bytes when streamed to a device
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(writeAuditExport(*m_f->db, filter, format, buffer).ok());
        QCOMPARE(buffer.data(), readAll(file));

        auto check = checkAuditExport(file);
        QVERIFY(check.ok());
        QVERIFY2(check->ok, qPrintable(check->problem));
        QCOMPARE(check->rows, qint64(expected.size()));
        QCOMPARE(check->completeChain, filterKind == QLatin1String("all"));
    }

    void csvLooksAsDocumented()
    {
        StoreFixture f;
        Transaction tx(*f.db);
        AuditEvent e;
        e.actor = QStringLiteral("=HYPERLINK(\"x\")");
        e.action = QStringLiteral("rotation.completed");
        e.targetType = QStringLiteral("run");
        e.targetId = QStringLiteral("7");
        e.keyVersion = 3;
        e.oldFingerprint = QStringLiteral("sha256:0000000000000001");
        e.newFingerprint = QStringLiteral("sha256:0000000000000002");
        e.details = canonicalDetails(QJsonObject{{QStringLiteral("note"), QStringLiteral("a,b")}});
        auto appended = f.audit->append(e);
        QVERIFY(appended.ok());
        QVERIFY(tx.commit().ok());
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(writeAuditExport(*f.db, {}, AuditExportFormat::Csv, out).ok());
        const QByteArray expected =
            "id,at,actor,action,target_type,target_id,key_version,old_fingerprint,new_fingerprint,details,prev_hash,"
            "hash\r\n"
            "1,2026-11-24T12:00:00.000Z,\"=HYPERLINK(\"\"x\"\")\",rotation.completed,run,7,3,sha256:0000000000000001,"
            "sha256:0000000000000002,\"{\"\"note\"\":\"\"a,b\"\"}\"," +
            genesisHash() + ',' + appended->hash + "\r\n# head,1," + appended->hash + "\r\n";
        QCOMPARE(out.data(), expected);

        QBuffer json;
        json.open(QIODevice::WriteOnly);
        QVERIFY(writeAuditExport(*f.db, {}, AuditExportFormat::JsonLines, json).ok());
        const QList<QByteArray> lines = json.data().split('\n');
        QCOMPARE(lines.size(), 3); // event, head, and the empty text after the last newline
        const QJsonObject o = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(o.value(QLatin1String("actor")).toString(), e.actor);
        QCOMPARE(o.value(QLatin1String("key_version")).toInt(), 3);
        QCOMPARE(o.value(QLatin1String("details")).toString(), QStringLiteral("{\"note\":\"a,b\"}"));
        QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object(),
                 (QJsonObject{{QStringLiteral("head_id"), 1},
                              {QStringLiteral("head_hash"), QString::fromLatin1(appended->hash)}}));
    }

    void emptyLogExportsItsGenesisHead()
    {
        StoreFixture f;
        const QString file = path(QStringLiteral("empty.csv"));
        auto written = exportAuditToFile(*f.db, {}, AuditExportFormat::Csv, file);
        QVERIFY(written.ok());
        QCOMPARE(written->rows, qint64(0));
        auto check = checkAuditExport(file);
        QVERIFY(check.ok() && check->ok && check->completeChain);
        QCOMPARE(check->headHash, genesisHash());
    }

    void checkFindsWhatWasChanged_data()
    {
        QTest::addColumn<AuditExportFormat>("format");
        QTest::addColumn<QString>("change");
        QTest::addColumn<qint64>("firstBad"); // -1: the event on the edited line
        QTest::addColumn<QString>("says");
        for (auto [format, name] :
             {std::pair(AuditExportFormat::Csv, "csv"), std::pair(AuditExportFormat::JsonLines, "jsonl")}) {
            QTest::addRow("%s: edited actor", name) << format << "edit-actor" << qint64(-1) << "altered";
            QTest::addRow("%s: two rows swapped", name) << format << "swap" << qint64(-1) << "#";
            QTest::addRow("%s: head hash edited", name) << format << "edit-head" << qint64(0) << "head";
            QTest::addRow("%s: cut short", name) << format << "truncate" << qint64(0) << "head line";
            QTest::addRow("%s: row re-hashed alone", name) << format << "rehash" << qint64(-2) << "does not follow";
        }
    }

    void checkFindsWhatWasChanged()
    {
        QFETCH(AuditExportFormat, format);
        QFETCH(QString, change);
        QFETCH(qint64, firstBad);
        QFETCH(QString, says);
        const QString file = path(QStringLiteral("tamper.%1").arg(auditExportExtension(format)));
        QVERIFY(exportAuditToFile(*m_f->db, {}, format, file).ok());
        QVERIFY(checkAuditExport(file)->ok);
        const bool csv = format == AuditExportFormat::Csv;
        QByteArray bytes = readAll(file);
        // events 10 and 11: their text in the file (CSV rows here have no line breaks inside values for these ids)
        const AuditEvent ten = m_all.at(9);
        const AuditEvent eleven = m_all.at(10);
        auto lineOf = [&](qint64 id) {
            const QByteArray start = csv ? QByteArray::number(id) + ',' : "{\"id\":" + QByteArray::number(id) + ',';
            const qsizetype at = bytes.indexOf((csv ? "\n" : "\n") + start) + 1;
            const qsizetype end = bytes.indexOf('\n', at) + 1;
            return std::pair(at, end);
        };
        if (change == QLatin1String("edit-actor")) {
            const auto [at, end] = lineOf(ten.id);
            QByteArray line = bytes.mid(at, end - at);
            QVERIFY(line.contains(ten.actor.toUtf8()));
            line.replace(ten.actor.toUtf8(), "mallory");
            bytes.replace(at, end - at, line);
            firstBad = ten.id;
        } else if (change == QLatin1String("swap")) {
            const auto [a, aEnd] = lineOf(ten.id);
            const auto [b, bEnd] = lineOf(eleven.id);
            QCOMPARE(aEnd, b);
            const QByteArray first = bytes.mid(a, aEnd - a), second = bytes.mid(b, bEnd - b);
            bytes.replace(a, bEnd - a, second + first);
            firstBad = ten.id;
        } else if (change == QLatin1String("edit-head")) {
            const qsizetype at = bytes.lastIndexOf(QByteArray(csv ? "# head," : "{\"head_id\""));
            const qsizetype hash = bytes.indexOf(m_f->audit->head()->second, at);
            QVERIFY(hash > at);
            bytes.replace(hash, 64, QByteArray(64, 'e'));
            firstBad = m_all.last().id;
        } else if (change == QLatin1String("truncate")) {
            bytes.truncate(bytes.lastIndexOf('\n', bytes.size() / 2) + 1); // whole rows, no head line
        } else if (change == QLatin1String("rehash")) {
            // event 10 edited and its own hash recomputed: only the link to event 11 shows it
            AuditEvent forged = ten;
            forged.actor = QStringLiteral("mallory");
            forged.hash = chainHash(forged.prevHash, canonicalJson(forged));
            const auto [at, end] = lineOf(ten.id);
            QByteArray line = bytes.mid(at, end - at);
            line.replace(ten.actor.toUtf8(), "mallory");
            line.replace(ten.hash, forged.hash);
            bytes.replace(at, end - at, line);
            firstBad = eleven.id;
        }
        writeAll(file, bytes);
        auto check = checkAuditExport(file);
        QVERIFY2(check.ok(), qPrintable(check.errorMessage()));
        QVERIFY(!check->ok);
        QVERIFY2(check->problem.contains(says), qPrintable(check->problem));
        if (firstBad > 0)
            QCOMPARE(check->firstBadId, firstBad);
    }

    void notAnExportIsAnError()
    {
        const QString file = path(QStringLiteral("notes.csv"));
        writeAll(file, "name,value\r\nx,1\r\n");
        auto check = checkAuditExport(file);
        QVERIFY(!check.ok());
        QVERIFY(check.errorMessage().contains(QLatin1String("header")));
        writeAll(file, "");
        QVERIFY(!checkAuditExport(file).ok());
        QVERIFY(!checkAuditExport(path(QStringLiteral("missing.csv"))).ok());
    }

    void failedExportLeavesTheFileAsItWas()
    {
        StoreFixture f;
        {
            Transaction tx(*f.db);
            for (int i = 0; i < 9000; ++i) {
                AuditEvent e;
                e.actor = QStringLiteral("bulk");
                e.action = QStringLiteral("test.event");
                QVERIFY(f.audit->append(e).ok());
            }
            QVERIFY(tx.commit().ok());
        }
        const QString file = path(QStringLiteral("kept.csv"));
        writeAll(file, "what was there before\n");
        qint64 seen = 0;
        auto cancelled = exportAuditToFile(*f.db, {}, AuditExportFormat::Csv, file, [&seen](qint64 rows) {
            seen = rows;
            return false;
        });
        QVERIFY(!cancelled.ok());
        QVERIFY(seen > 0);
        QVERIFY2(cancelled.errorMessage().contains(QLatin1String("left as it was")),
                 qPrintable(cancelled.errorMessage()));
        QCOMPARE(readAll(file), QByteArray("what was there before\n"));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("kept.csv*")}, QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("kept.csv")});
        auto nowhere =
            exportAuditToFile(*f.db, {}, AuditExportFormat::Csv, path(QStringLiteral("no/such/folder/x.csv")));
        QVERIFY(!nowhere.ok());
    }

    void formatNames()
    {
        QCOMPARE(auditExportFormatFromString(QStringLiteral("CSV")), std::optional(AuditExportFormat::Csv));
        QCOMPARE(auditExportFormatFromString(QStringLiteral("jsonl")), std::optional(AuditExportFormat::JsonLines));
        QVERIFY(!auditExportFormatFromString(QStringLiteral("xlsx")));
    }
};

QTEST_GUILESS_MAIN(TestAuditExport)
#include "TestAuditExport.moc"
