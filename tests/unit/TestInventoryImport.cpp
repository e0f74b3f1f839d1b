#include "TestSupport.h"
#include "core/importer/Csv.h"
#include "core/importer/InventoryExport.h"
#include "core/importer/InventoryImport.h"

#include <QFile>
#include <QJsonDocument>

using namespace keyturn;
using namespace keyturn::test;

namespace {
QString dataFile(const QString &name)
{
    return QStringLiteral(KEYTURN_IMPORT_DATA "/") + name;
}

/// What an unchanged workspace looks like from outside: credential rows and audit events.
struct Counts
{
    qint64 credentials = 0;
    qint64 events = 0;
    bool operator==(const Counts &) const = default;
};

Counts counts(const StoreFixture &f)
{
    return Counts{f.scalar(QStringLiteral("SELECT COUNT(*) FROM credentials")),
                  f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events"))};
}

QString issues(const QList<ImportIssue> &list)
{
    QStringList out;
    for (const ImportIssue &i : list)
        out << QStringLiteral("[%1] %2").arg(i.field, i.text());
    return out.join(QLatin1Char('\n'));
}

const ImportRow *rowNamed(const ImportPreview &p, const QString &name)
{
    for (const ImportRow &r : p.rows)
        if (r.credential.name == name)
            return &r;
    return nullptr;
}
} // namespace

class TestInventoryImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void guideInventoryImportsExactly()
    {
        StoreFixture f;
        InventoryImport importer(*f.store);
        const ImportPreview p = importer.previewFile(dataFile(QStringLiteral("guide-inventory.yaml")));
        QVERIFY2(!p.hasErrors(), qPrintable(issues(p.errors)));
        QVERIFY2(p.warnings.isEmpty(), qPrintable(issues(p.warnings)));
        QCOMPARE(p.added(), 3);
        QCOMPARE(p.changed(), 0);
        QCOMPARE(counts(f).credentials, 0); // a preview writes nothing

        auto applied = importer.apply(p);
        QVERIFY2(applied.ok(), qPrintable(applied.errorMessage()));
        QCOMPARE(applied->added, 3);

        auto stripe = f.store->findCredential(QStringLiteral("stripe-api-key"));
        QVERIFY(stripe.ok());
        QCOMPARE(stripe->provider, QStringLiteral("Stripe"));
        QCOMPARE(stripe->environment, QStringLiteral("production"));
        QCOMPARE(stripe->usedBy, (QStringList{QStringLiteral("payment-service"), QStringLiteral("billing-service")}));
        QCOMPARE(stripe->vaultPath, QStringLiteral("secret/prod/stripe/api-key"));
        QCOMPARE(stripe->rotationIntervalDays, 30);
        QCOMPARE(stripe->supportsDualKey, true);
        QCOMPARE(stripe->providerApi, QStringLiteral("https://api.stripe.com/v1/api_keys"));
        QCOMPARE(stripe->criticality, QStringLiteral("high"));
        QCOMPARE(toString(stripe->kind), toString(CredentialKind::Held));

        auto sendgrid = f.store->findCredential(QStringLiteral("sendgrid-api-key"));
        QVERIFY(sendgrid.ok());
        QCOMPARE(sendgrid->rotationIntervalDays, 90);
        QCOMPARE(sendgrid->criticality, QStringLiteral("medium"));
        QCOMPARE(sendgrid->usedBy, QStringList{QStringLiteral("notification-service")});

        auto gateway = f.store->findCredential(QStringLiteral("internal-service-api-key"));
        QVERIFY(gateway.ok());
        QCOMPARE(gateway->provider, QStringLiteral("Internal API Gateway"));
        QCOMPARE(gateway->rotationIntervalDays, 7);
        QCOMPARE(gateway->vaultPath, QStringLiteral("secret/prod/internal/gateway-key"));

        // audited: one event per credential and one summary
        auto events = f.audit->events();
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 4);
        QCOMPARE(events->last().action, QStringLiteral("inventory.imported"));
        const QJsonObject details = QJsonDocument::fromJson(events->last().details).object();
        QCOMPARE(details.value(QStringLiteral("added")).toInt(), 3);
        QCOMPARE(details.value(QStringLiteral("source")).toString(), QStringLiteral("guide-inventory.yaml"));
        QVERIFY(f.audit->verify()->intact);
    }

    void reimportChangesNothing()
    {
        StoreFixture f;
        InventoryImport importer(*f.store);
        QVERIFY(importer.apply(importer.previewFile(dataFile(QStringLiteral("guide-inventory.yaml")))).ok());
        const Counts before = counts(f);
        const ImportPreview again = importer.previewFile(dataFile(QStringLiteral("guide-inventory.yaml")));
        QVERIFY2(!again.hasErrors(), qPrintable(issues(again.errors)));
        QCOMPARE(again.added(), 0);
        QCOMPARE(again.changed(), 0);
        QCOMPARE(again.unchanged(), 3);
        auto applied = importer.apply(again);
        QVERIFY(applied.ok());
        QCOMPARE(applied->unchanged, 3);
        // only the summary event: no credential was touched
        QCOMPARE(counts(f).events, before.events + 1);
        QCOMPARE(counts(f).credentials, before.credentials);
    }

    void schedulesApplyToGuideInventory()
    {
        StoreFixture f;
        InventoryImport importer(*f.store);
        QVERIFY(importer.apply(importer.previewFile(dataFile(QStringLiteral("guide-inventory.yaml")))).ok());
        const ImportPreview p = importer.previewFile(dataFile(QStringLiteral("guide-rotation-schedules.yaml")));
        QVERIFY2(!p.hasErrors(), qPrintable(issues(p.errors)));
        QCOMPARE(p.added(), 0);
        QCOMPARE(p.changed(), 3);
        const ImportRow *stripeRow = rowNamed(p, QStringLiteral("stripe-api-key"));
        QVERIFY(stripeRow);
        QCOMPARE(stripeRow->line, 3);
        bool sawSchedule = false;
        for (const FieldChange &c : stripeRow->changes) {
            if (c.field == QLatin1String("schedule")) {
                sawSchedule = true;
                QCOMPARE(c.before, QString());
                QCOMPARE(c.after, QStringLiteral("0 2 1 * *"));
            }
        }
        QVERIFY(sawSchedule);
        QVERIFY(importer.apply(p).ok());

        const struct
        {
            const char *name;
            const char *cron;
            qint64 grace;
        } expected[] = {{"stripe-api-key", "0 2 1 * *", 7200},
                        {"internal-service-api-key", "0 3 * * 0", 3600},
                        {"sendgrid-api-key", "0 2 1 */3 *", 4 * 3600}};
        for (const auto &e : expected) {
            auto c = f.store->findCredential(QString::fromLatin1(e.name));
            QVERIFY(c.ok());
            QCOMPARE(c->scheduleCron, QString::fromLatin1(e.cron));
            QCOMPARE(c->gracePeriodSeconds, e.grace);
        }
    }

    void schedulesInTheSameFileAsTheInventory()
    {
        StoreFixture f;
        InventoryImport importer(*f.store);
        QFile a(dataFile(QStringLiteral("guide-inventory.yaml")));
        QFile b(dataFile(QStringLiteral("guide-rotation-schedules.yaml")));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const ImportPreview p = importer.preview(a.readAll() + "\n" + b.readAll(), ImportFormat::Yaml);
        QVERIFY2(!p.hasErrors(), qPrintable(issues(p.errors)));
        QCOMPARE(p.added(), 3);
        const ImportRow *gateway = rowNamed(p, QStringLiteral("internal-service-api-key"));
        QVERIFY(gateway);
        QCOMPARE(gateway->credential.scheduleCron, QStringLiteral("0 3 * * 0"));
    }

    void changedFieldsShowBeforeAndAfter()
    {
        StoreFixture f;
        InventoryImport importer(*f.store);
        QVERIFY(importer.apply(importer.previewFile(dataFile(QStringLiteral("guide-inventory.yaml")))).ok());
        const QByteArray yaml = "api_keys:\n"
                                "  - name: stripe-api-key\n"
                                "    rotation_frequency: 60d\n"
                                "    criticality: critical\n"
                                "    owner: payments\n";
        const ImportPreview p = importer.preview(yaml, ImportFormat::Yaml);
        QVERIFY2(!p.hasErrors(), qPrintable(issues(p.errors)));
        QCOMPARE(p.changed(), 1);
        const ImportRow &row = p.rows.first();
        QCOMPARE(row.changes.size(), 3);
        QStringList seen;
        for (const FieldChange &c : row.changes)
            seen << QStringLiteral("%1:%2>%3").arg(c.field, c.before, c.after);
        QCOMPARE(seen, (QStringList{QStringLiteral("owner:>payments"), QStringLiteral("rotation_frequency:30d>60d"),
                                    QStringLiteral("criticality:high>critical")}));
        // fields the file leaves out keep their values
        QCOMPARE(row.credential.vaultPath, QStringLiteral("secret/prod/stripe/api-key"));
        const qint64 eventsBefore = counts(f).events;
        QVERIFY(importer.apply(p).ok());
        QCOMPARE(counts(f).events, eventsBefore + 2); // credential.updated + inventory.imported
        QCOMPARE(f.store->findCredential(QStringLiteral("stripe-api-key"))->rotationIntervalDays, 60);
    }

    void badInputIsReportedAndNothingWritten_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("fragment");

        const int yaml = int(ImportFormat::Yaml);
        const int csv = int(ImportFormat::Csv);
        const QByteArray head = "api_keys:\n  - name: a\n    provider: P\n    environment: prod\n";
        QTest::newRow("bad duration") << head + "    rotation_frequency: 3x\n"
                                      << yaml << 5 << QStringLiteral("rotation_frequency")
                                      << QStringLiteral(
                                             "line 5: rotation_frequency '3x' is not a duration such as 30d");
        QTest::newRow("not whole days") << head + "    rotation_frequency: 36h\n"
                                        << yaml << 5 << QStringLiteral("rotation_frequency")
                                        << QStringLiteral("whole days");
        QTest::newRow("zero days") << head + "    rotation_frequency: 0d\n"
                                   << yaml << 5 << QStringLiteral("rotation_frequency")
                                   << QStringLiteral("not a duration");
        QTest::newRow("missing name") << QByteArray("api_keys:\n  - provider: P\n    environment: prod\n") << yaml << 2
                                      << QStringLiteral("name") << QStringLiteral("name is missing");
        QTest::newRow("empty name") << QByteArray("api_keys:\n  - name: \"\"\n    provider: P\n    environment: e\n")
                                    << yaml << 2 << QStringLiteral("name") << QStringLiteral("name is empty");
        QTest::newRow("duplicate names") << head + "  - name: a\n    provider: Q\n    environment: dev\n"
                                         << yaml << 5 << QStringLiteral("name")
                                         << QStringLiteral("name 'a' already appears on line 2");
        QTest::newRow("list for a string")
            << head + "    owner: [x, y]\n"
            << yaml << 5 << QStringLiteral("owner") << QStringLiteral("owner must be text, not a list");
        QTest::newRow("mapping for a list")
            << head + "    used_by: {a: 1}\n"
            << yaml << 5 << QStringLiteral("used_by") << QStringLiteral("used_by must be a list");
        QTest::newRow("string for a bool") << head + "    supports_dual_key: sometimes\n"
                                           << yaml << 5 << QStringLiteral("supports_dual_key")
                                           << QStringLiteral("must be true or false, not 'sometimes'");
        QTest::newRow("unknown criticality")
            << head + "    criticality: severe\n"
            << yaml << 5 << QStringLiteral("criticality") << QStringLiteral("'severe' is not one of");
        QTest::newRow("unknown kind") << head + "    kind: borrowed\n"
                                      << yaml << 5 << QStringLiteral("kind") << QStringLiteral("not held or issued");
        QTest::newRow("bad cron") << head + "    schedule: \"0 25 * * *\"\n"
                                  << yaml << 5 << QStringLiteral("schedule")
                                  << QStringLiteral("hour field '25' is outside 0-23");
        QTest::newRow("missing provider") << QByteArray("api_keys:\n  - name: a\n    environment: prod\n") << yaml << 2
                                          << QStringLiteral("provider") << QStringLiteral("provider is missing");
        QTest::newRow("invalid UTF-8") << head + "    owner: caf\xe9\n"
                                       << yaml << 5 << QString()
                                       << QStringLiteral("line 5: the text is not valid UTF-8");
        QTest::newRow("empty file") << QByteArray("  \n\n") << yaml << 0 << QString()
                                    << QStringLiteral("the file is empty");
        QTest::newRow("only comments") << QByteArray("# nothing here\n") << yaml << 0 << QString()
                                       << QStringLiteral("the file is empty");
        QTest::newRow("not a mapping") << QByteArray("- name: a\n- name: b\n") << yaml << 1 << QString()
                                       << QStringLiteral("must be a mapping");
        QTest::newRow("scalar document") << QByteArray("hello\n") << yaml << 1 << QString()
                                         << QStringLiteral("must be a mapping");
        QTest::newRow("no known section")
            << QByteArray("keys:\n  - name: a\n") << yaml << 1 << QString() << QStringLiteral("neither api_keys");
        QTest::newRow("api_keys not a list") << QByteArray("api_keys:\n  name: a\n") << yaml << 2
                                             << QStringLiteral("api_keys") << QStringLiteral("must be a list");
        QTest::newRow("broken YAML") << QByteArray("api_keys:\n  - name: a\n    provider: P\n    - x\n") << yaml << 4
                                     << QString() << QStringLiteral("not valid YAML");
        QTest::newRow("schedule for nobody")
            << QByteArray("rotation_schedules:\n  - secret: prod/nothing\n    schedule: \"0 2 * * *\"\n") << yaml << 2
            << QStringLiteral("secret") << QStringLiteral("matches no credential");
        QTest::newRow("csv bad duration")
            << QByteArray("name,provider,environment,rotation_frequency\r\nok,P,prod,30d\r\nbad,P,prod,3x\r\n") << csv
            << 3 << QStringLiteral("rotation_frequency") << QStringLiteral("line 3: rotation_frequency '3x'");
        QTest::newRow("csv cell count") << QByteArray("name,provider,environment\nok,P,prod\nbad,Acme, Inc,prod\n")
                                        << csv << 3 << QString() << QStringLiteral("4 cells where the header has 3");
        QTest::newRow("csv unclosed quote") << QByteArray("name,provider,environment\nok,P,prod\n\"bad,P,prod\n") << csv
                                            << 3 << QString() << QStringLiteral("never closed");
        QTest::newRow("csv no header") << QByteArray("stripe,Stripe,prod\n") << csv << 1 << QStringLiteral("name")
                                       << QStringLiteral("header");
        QTest::newRow("csv duplicate") << QByteArray("name,provider,environment\na,P,prod\n\na,P,dev\n") << csv << 4
                                       << QStringLiteral("name") << QStringLiteral("already appears on line 2");
        QTest::newRow("csv bool") << QByteArray("name,provider,environment,supports_dual_key\na,P,prod,maybe\n") << csv
                                  << 2 << QStringLiteral("supports_dual_key") << QStringLiteral("true or false");
    }

    void badInputIsReportedAndNothingWritten()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, format);
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, fragment);

        StoreFixture f;
        QVERIFY(f.store->createCredential(heldCredential(QStringLiteral("existing"))).ok());
        const Counts before = counts(f);
        InventoryImport importer(*f.store);
        const ImportPreview p = importer.preview(content, ImportFormat(format), QStringLiteral("test"));
        QVERIFY(p.hasErrors());
        bool found = false;
        for (const ImportIssue &e : p.errors)
            found = found || (e.line == line && e.field == field && e.text().contains(fragment));
        QVERIFY2(found, qPrintable(issues(p.errors)));
        auto applied = importer.apply(p);
        QVERIFY(!applied.ok());
        QVERIFY(applied.errorMessage().contains(QStringLiteral("nothing was imported")));
        QCOMPARE(counts(f), before);
    }

    void everyErrorIsCollected()
    {
        StoreFixture f;
        const Counts before = counts(f);
        InventoryImport importer(*f.store);
        const ImportPreview p = importer.previewFile(dataFile(QStringLiteral("errors.yaml")));
        QCOMPARE(p.errors.size(), 3);
        QCOMPARE(p.errors.at(0).text(),
                 QStringLiteral("line 8: rotation_frequency '3x' is not a duration such as 30d"));
        QCOMPARE(p.errors.at(1).line, 10);
        QCOMPARE(p.errors.at(1).field, QStringLiteral("name"));
        QCOMPARE(p.errors.at(2).line, 18);
        QVERIFY(!importer.apply(p).ok());
        QCOMPARE(counts(f), before);
    }

    void warningsDoNotBlock()
    {
        StoreFixture f;
        InventoryImport importer(*f.store);
        const QByteArray yaml = "version: 2\n"
                                "api_keys:\n"
                                "  - name: a\n"
                                "    provider: P\n"
                                "    environment: prod\n"
                                "    colour: blue\n"
                                "    api_key: sk_live_not_really\n";
        const ImportPreview p = importer.preview(yaml, ImportFormat::Yaml);
        QVERIFY2(!p.hasErrors(), qPrintable(issues(p.errors)));
        QCOMPARE(p.warnings.size(), 3);
        QCOMPARE(p.warnings.at(0).line, 1);
        QCOMPARE(p.warnings.at(1).field, QStringLiteral("colour"));
        QCOMPARE(p.warnings.at(1).line, 6);
        QVERIFY(p.warnings.at(2).message.contains(QStringLiteral("key material")));
        // a value that might be a key is never repeated
        for (const ImportIssue &w : p.warnings)
            QVERIFY(!w.text().contains(QStringLiteral("sk_live")));
        QVERIFY(importer.apply(p).ok());
        QCOMPARE(f.store->credentialCount().value(), 1);
    }

    void fileOver50MBIsRefusedBeforeReading()
    {
        StoreFixture f;
        const Counts before = counts(f);
        const QString path = f.dir.filePath(QStringLiteral("huge.yaml"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write("api_keys:\n  - name: a\n"));
            QVERIFY(file.resize(InventoryImport::kMaxFileBytes + 1)); // sparse: cheap to make
        }
        InventoryImport importer(*f.store);
        const ImportPreview p = importer.previewFile(path);
        QCOMPARE(p.errors.size(), 1);
        QCOMPARE(p.errors.first().line, 0);
        QVERIFY2(p.errors.first().text().contains(QStringLiteral("over 50 MB")), qPrintable(p.errors.first().text()));
        QVERIFY(p.rows.isEmpty());
        QVERIFY(!importer.apply(p).ok());
        QCOMPARE(counts(f), before);

        // exactly 50 MB is read (and found not to be YAML of the inventory)
        QVERIFY(QFile::resize(path, InventoryImport::kMaxFileBytes));
        const ImportPreview atLimit = importer.previewFile(path);
        QVERIFY(!atLimit.errorText().contains(QStringLiteral("over 50 MB")));
    }

    void missingFile()
    {
        StoreFixture f;
        InventoryImport importer(*f.store);
        const ImportPreview p = importer.previewFile(f.dir.filePath(QStringLiteral("nope.yaml")));
        QCOMPARE(p.errors.size(), 1);
        QVERIFY(p.errors.first().text().contains(QStringLiteral("does not exist")));
    }

    void applyRefusedWhenInventoryChangedSincePreview()
    {
        StoreFixture f;
        InventoryImport importer(*f.store);
        QVERIFY(importer.apply(importer.previewFile(dataFile(QStringLiteral("guide-inventory.yaml")))).ok());
        const QByteArray yaml = "api_keys:\n"
                                "  - name: new-key\n    provider: P\n    environment: prod\n"
                                "  - name: stripe-api-key\n    rotation_frequency: 14d\n";
        const ImportPreview p = importer.preview(yaml, ImportFormat::Yaml);
        QCOMPARE(p.added(), 1);
        QCOMPARE(p.changed(), 1);
        // someone else edits the key between preview and apply
        Credential c = f.store->findCredential(QStringLiteral("stripe-api-key")).value();
        c.owner = QStringLiteral("someone");
        QVERIFY(f.store->updateCredential(c).ok());
        const Counts before = counts(f);
        auto applied = importer.apply(p);
        QVERIFY(!applied.ok());
        QVERIFY2(applied.errorMessage().contains(QStringLiteral("line 5")), qPrintable(applied.errorMessage()));
        QVERIFY(applied.errorMessage().contains(QStringLiteral("nothing was imported")));
        QCOMPARE(counts(f), before);
        QVERIFY(!f.store->findCredential(QStringLiteral("new-key")).ok());
        QVERIFY(f.audit->verify()->intact);
    }

    void csvQuoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("cells"); // cells of all records, records separated by "|"
        QTest::addColumn<QList<int>>("lines");

        QTest::newRow("plain") << QStringLiteral("a,b\nc,d\n")
                               << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("|"),
                                              QStringLiteral("c"), QStringLiteral("d")}
                               << QList<int>{1, 2};
        QTest::newRow("CRLF, no final newline")
            << QStringLiteral("a,b\r\nc,d")
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("|"), QStringLiteral("c"),
                           QStringLiteral("d")}
            << QList<int>{1, 2};
        QTest::newRow("embedded comma") << QStringLiteral("\"a,b\",c\n")
                                        << QStringList{QStringLiteral("a,b"), QStringLiteral("c")} << QList<int>{1};
        QTest::newRow("doubled quotes") << QStringLiteral("\"say \"\"hi\"\"\",x\n")
                                        << QStringList{QStringLiteral("say \"hi\""), QStringLiteral("x")}
                                        << QList<int>{1};
        QTest::newRow("embedded newline") << QStringLiteral("\"one\r\ntwo\",x\ny,z\n")
                                          << QStringList{QStringLiteral("one\ntwo"), QStringLiteral("x"),
                                                         QStringLiteral("|"), QStringLiteral("y"), QStringLiteral("z")}
                                          << QList<int>{1, 3};
        QTest::newRow("empty cells") << QStringLiteral(",,\n") << QStringList{QString(), QString(), QString()}
                                     << QList<int>{1};
        QTest::newRow("empty quoted") << QStringLiteral("\"\",a\n") << QStringList{QString(), QStringLiteral("a")}
                                      << QList<int>{1};
        QTest::newRow("blank lines skipped")
            << QStringLiteral("a\n\n\nb\n")
            << QStringList{QStringLiteral("a"), QStringLiteral("|"), QStringLiteral("b")} << QList<int>{1, 4};
        QTest::newRow("unicode") << QStringLiteral("Zürich,東京\n")
                                 << QStringList{QStringLiteral("Zürich"), QStringLiteral("東京")} << QList<int>{1};
    }

    void csvQuoting()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, cells);
        QFETCH(QList<int>, lines);
        const CsvDocument doc = parseCsv(text);
        QVERIFY(doc.problems.isEmpty());
        QStringList got;
        QList<int> gotLines;
        for (const CsvRecord &r : doc.records) {
            if (!got.isEmpty())
                got << QStringLiteral("|");
            gotLines << r.line;
            for (const CsvCell &c : r.cells)
                got << c.text;
        }
        QCOMPARE(got, cells);
        QCOMPARE(gotLines, lines);

        // writing the cells back and reading them again gives the same cells
        QString written;
        for (const CsvRecord &r : doc.records) {
            QStringList record;
            for (const CsvCell &c : r.cells)
                record << c.text;
            written += csvRecord(record);
        }
        const CsvDocument again = parseCsv(written);
        QCOMPARE(again.records.size(), doc.records.size());
        for (int i = 0; i < doc.records.size(); ++i)
            for (int j = 0; j < doc.records.at(i).cells.size(); ++j)
                QCOMPARE(again.records.at(i).cells.at(j).text, doc.records.at(i).cells.at(j).text);
    }

    void csvProblems_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("quote in unquoted cell") << QStringLiteral("a,b\nc,d\"e\n") << 2;
        QTest::newRow("text after closing quote") << QStringLiteral("a\n\"b\"c,d\n") << 2;
        QTest::newRow("never closed") << QStringLiteral("a\nb\n\"c,d\ne,f\n") << 3;
    }

    void csvProblems()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        const CsvDocument doc = parseCsv(text);
        QCOMPARE(doc.problems.size(), 1);
        QCOMPARE(doc.problems.first().line, line);
    }

    void csvFileWithQuotedCells()
    {
        StoreFixture f;
        InventoryImport importer(*f.store);
        const ImportPreview p = importer.previewFile(dataFile(QStringLiteral("quoting.csv")));
        QVERIFY2(!p.hasErrors(), qPrintable(issues(p.errors)));
        QCOMPARE(p.added(), 3);
        const ImportRow *acme = rowNamed(p, QStringLiteral("acme, inc key"));
        QVERIFY(acme);
        QCOMPARE(acme->credential.provider, QStringLiteral("Acme, Inc."));
        QCOMPARE(acme->credential.owner, QStringLiteral("team \"blue\""));
        QCOMPARE(acme->credential.usedBy, (QStringList{QStringLiteral("svc-a"), QStringLiteral("svc-b")}));
        QCOMPARE(acme->credential.labels, (QStringList{QStringLiteral("pci"), QStringLiteral("tier \"1\"")}));
        const ImportRow *multi = rowNamed(p, QStringLiteral("multi-line-owner"));
        QVERIFY(multi);
        QCOMPARE(multi->credential.owner, QStringLiteral("line one\nline two"));
        QCOMPARE(multi->credential.supportsDualKey, false);
        QCOMPARE(multi->credential.rotationIntervalDays, 14);
        const ImportRow *plain = rowNamed(p, QStringLiteral("plain"));
        QVERIFY(plain);
        QCOMPARE(plain->line, 5); // after a cell spanning lines 3 and 4
        QCOMPARE(toString(plain->credential.kind), toString(CredentialKind::Issued));
        QCOMPARE(plain->credential.criticality, QStringLiteral("medium")); // empty cell: the default
        QVERIFY(importer.apply(p).ok());
    }

    void csvExportRoundTrip()
    {
        StoreFixture f;
        Credential a = heldCredential(QStringLiteral("stripe, \"live\""), 30);
        a.owner = QStringLiteral("Zürich payments\nsecond line");
        a.labels = {QStringLiteral("pci"), QStringLiteral("tier,1")};
        a.scheduleCron = QStringLiteral("0 2 1 * *");
        a.gracePeriodSeconds = 5400;
        a.providerApi = QStringLiteral("https://api.stripe.com/v1/api_keys");
        Credential b = heldCredential(QStringLiteral("sendgrid"), 90);
        b.kind = CredentialKind::Issued;
        b.supportsDualKey = false;
        b.usedBy.clear();
        b.owner.clear();
        b.criticality = QStringLiteral("low");
        b.gracePeriodSeconds = 0;
        Credential c = heldCredential(QStringLiteral(" 東京-gateway"), 7);
        c.environment = QStringLiteral("staging");
        for (const Credential &cred : {a, b, c})
            QVERIFY(f.store->createCredential(cred).ok());
        const qint64 stripeId = f.store->findCredential(a.name)->id;
        QVERIFY(f.store->addKeyVersion(currentKey(stripeId, "k1", fixedNow().addDays(-2))).ok());

        auto rows = f.store->inventory();
        QVERIFY(rows.ok());
        const QString path = f.dir.filePath(QStringLiteral("export.csv"));
        auto written = writeInventoryCsv(path, *rows, f.clock.now());
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QCOMPARE(*written, 3);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("name,kind,provider,environment,owner,used_by,vault_path,provider_api,"
                                 "rotation_frequency,schedule,grace_period,supports_dual_key,criticality,labels,"
                                 "status,age_days,last_used_at\r\n"));
        QVERIFY(bytes.contains("\"stripe, \"\"live\"\"\""));
        QVERIFY(bytes.contains(",30d,0 2 1 * *,1h30m,true,high,\"pci;tier,1\","));
        QVERIFY(bytes.contains("2026-11-22T12:00:00.000Z"));
        QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("Zürich")));

        // the same inventory again: nothing to do
        InventoryImport importer(*f.store);
        const ImportPreview same = importer.previewFile(path);
        QVERIFY2(!same.hasErrors(), qPrintable(issues(same.errors)));
        QVERIFY2(same.warnings.isEmpty(), qPrintable(issues(same.warnings)));
        QCOMPARE(same.added(), 0);
        QCOMPARE(same.changed(), 0);
        QCOMPARE(same.unchanged(), 3);

        // into an empty workspace: the same credentials
        StoreFixture other;
        InventoryImport into(*other.store);
        const ImportPreview fresh = into.previewFile(path);
        QVERIFY2(!fresh.hasErrors(), qPrintable(issues(fresh.errors)));
        QCOMPARE(fresh.added(), 3);
        QVERIFY(into.apply(fresh).ok());
        for (const Credential &orig : {a, b, c}) {
            auto copy = other.store->findCredential(orig.name.trimmed());
            QVERIFY2(copy.ok(), qPrintable(orig.name));
            QCOMPARE(toString(copy->kind), toString(orig.kind));
            QCOMPARE(copy->provider, orig.provider);
            QCOMPARE(copy->environment, orig.environment);
            QCOMPARE(copy->owner, orig.owner);
            QCOMPARE(copy->usedBy, orig.usedBy);
            QCOMPARE(copy->vaultPath, orig.vaultPath);
            QCOMPARE(copy->providerApi, orig.providerApi);
            QCOMPARE(copy->rotationIntervalDays, orig.rotationIntervalDays);
            QCOMPARE(copy->scheduleCron, orig.scheduleCron);
            QCOMPARE(copy->gracePeriodSeconds, orig.gracePeriodSeconds);
            QCOMPARE(copy->supportsDualKey, orig.supportsDualKey);
            QCOMPARE(copy->criticality, orig.criticality);
            QCOMPARE(copy->labels, orig.labels);
        }
        // and exporting the copy gives the same policy columns (everything but status, age and last use)
        auto otherRows = other.store->inventory();
        QVERIFY(otherRows.ok());
        const CsvDocument first = parseCsv(QString::fromUtf8(inventoryCsv(*rows, f.clock.now())));
        const CsvDocument second = parseCsv(QString::fromUtf8(inventoryCsv(*otherRows, other.clock.now())));
        QCOMPARE(second.records.size(), first.records.size());
        const int policyColumns = int(InventoryImport::fieldNames().size());
        for (int r = 0; r < first.records.size(); ++r)
            for (int col = 0; col < policyColumns; ++col)
                QCOMPARE(second.records.at(r).cells.at(col).text, first.records.at(r).cells.at(col).text);
    }

    void exportWriteFailureLeavesFileAlone()
    {
        StoreFixture f;
        auto r = writeInventoryCsv(f.dir.filePath(QStringLiteral("no/such/dir/out.csv")), {}, f.clock.now());
        QVERIFY(!r.ok());
        QVERIFY(r.errorMessage().contains(QStringLiteral("nothing was exported")));
    }

    void cron_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<bool>("valid");
        QTest::newRow("monthly") << QStringLiteral("0 2 1 * *") << true;
        QTest::newRow("weekly") << QStringLiteral("0 3 * * 0") << true;
        QTest::newRow("quarterly") << QStringLiteral("0 2 1 */3 *") << true;
        QTest::newRow("lists and ranges") << QStringLiteral("0,30 9-17 * * mon-fri") << true;
        QTest::newRow("names") << QStringLiteral("15 4 1 jan,jul *") << true;
        QTest::newRow("sunday as 7") << QStringLiteral("0 0 * * 7") << true;
        QTest::newRow("four fields") << QStringLiteral("0 2 1 *") << false;
        QTest::newRow("six fields") << QStringLiteral("0 0 2 1 * *") << false;
        QTest::newRow("minute 60") << QStringLiteral("60 * * * *") << false;
        QTest::newRow("day 0") << QStringLiteral("0 0 0 * *") << false;
        QTest::newRow("month 13") << QStringLiteral("0 0 1 13 *") << false;
        QTest::newRow("weekday 8") << QStringLiteral("0 0 * * 8") << false;
        QTest::newRow("backwards") << QStringLiteral("0 17-9 * * *") << false;
        QTest::newRow("step 0") << QStringLiteral("*/0 * * * *") << false;
        QTest::newRow("word") << QStringLiteral("0 noon * * *") << false;
        QTest::newRow("empty item") << QStringLiteral("0,,5 * * * *") << false;
    }

    void cron()
    {
        QFETCH(QString, expression);
        QFETCH(bool, valid);
        const QString problem = InventoryImport::cronProblem(expression);
        QVERIFY2(problem.isEmpty() == valid, qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestInventoryImport)
#include "TestInventoryImport.moc"
