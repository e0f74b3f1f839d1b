#include "TestSupport.h"
#include "core/store/RowReader.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace keyturn;
using namespace keyturn::test;

class TestWorkspaceStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createAndReadBack()
    {
        StoreFixture f;
        Credential c = heldCredential(QStringLiteral("stripe-api-key"));
        c.scopes = {QStringLiteral("charges:write")};
        c.labels = {QStringLiteral("pci")};
        c.supportsDualKey = false;
        auto id = f.store->createCredential(c);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        auto back = f.store->findCredential(QStringLiteral("stripe-api-key"));
        QVERIFY(back.ok());
        QCOMPARE(back->id, *id);
        QCOMPARE(back->usedBy, c.usedBy);
        QCOMPARE(back->scopes, c.scopes);
        QCOMPARE(back->labels, c.labels);
        QCOMPARE(back->supportsDualKey, false);
        QCOMPARE(back->createdAt, fixedNow());
        QCOMPARE(back->rowVersion, qint64(1));
        // by id, as text
        QCOMPARE(f.store->findCredential(QString::number(*id))->name, c.name);
    }

    void everyWriteIsAudited()
    {
        StoreFixture f;
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events")), qint64(0));
        auto id = f.store->createCredential(heldCredential(QStringLiteral("k")));
        QVERIFY(id.ok());
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action='credential.created'")),
                 qint64(1));
        auto key = f.store->addKeyVersion(currentKey(*id, "first-key"));
        QVERIFY(key.ok());
        auto run = f.store->createRun(*id, QStringLiteral("manual"));
        QVERIFY(run.ok());
        QVERIFY(f.store->recordStep(*run, QStringLiteral("prechecked"), QStringLiteral("succeeded")).ok());
        QVERIFY(f.store->setRunState(*run, QStringLiteral("completed")).ok());
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events")), qint64(5));
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE actor='alice'")), qint64(5));
        QVERIFY(f.audit->verify()->intact);
    }

    void failedWriteLeavesNoTrace()
    {
        StoreFixture f;
        QVERIFY(f.store->createCredential(heldCredential(QStringLiteral("dup"))).ok());
        const qint64 events = f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events"));
        auto again = f.store->createCredential(heldCredential(QStringLiteral("dup")));
        QVERIFY(!again.ok());
        QVERIFY2(again.errorMessage().contains(QLatin1String("already exists")), qPrintable(again.errorMessage()));
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM credentials")), qint64(1));
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events")), events);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name") << "name"
                                 << "needs a name";
        QTest::newRow("no provider") << "provider"
                                     << "needs a provider";
        QTest::newRow("zero interval") << "interval"
                                       << "at least one day";
        QTest::newRow("bad criticality") << "criticality"
                                         << "criticality must be";
    }
    void validation()
    {
        QFETCH(QString, field);
        QFETCH(QString, message);
        StoreFixture f;
        Credential c = heldCredential(QStringLiteral("v"));
        if (field == QLatin1String("name"))
            c.name = QStringLiteral("  ");
        else if (field == QLatin1String("provider"))
            c.provider.clear();
        else if (field == QLatin1String("interval"))
            c.rotationIntervalDays = 0;
        else
            c.criticality = QStringLiteral("extreme");
        auto r = f.store->createCredential(c);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(message), qPrintable(r.errorMessage()));
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM credentials")), qint64(0));
    }

    void optimisticUpdate()
    {
        StoreFixture f;
        auto id = f.store->createCredential(heldCredential(QStringLiteral("k"), 30));
        QVERIFY(id.ok());
        Credential mine = *f.store->credential(*id);
        Credential theirs = mine;
        theirs.owner = QStringLiteral("sre-team");
        QVERIFY(f.store->updateCredential(theirs).ok());
        mine.rotationIntervalDays = 7;
        auto r = f.store->updateCredential(mine);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(QLatin1String("changed by someone else")), qPrintable(r.errorMessage()));
        const Credential now = *f.store->credential(*id);
        QCOMPARE(now.owner, QStringLiteral("sre-team"));
        QCOMPARE(now.rotationIntervalDays, 30);
        QCOMPARE(now.rowVersion, qint64(2));
        // the audit event records what changed, from and to
        QSqlQuery q(f.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT details FROM audit_events WHERE action='credential.updated'")));
        QVERIFY(q.next());
        const QJsonObject changes =
            QJsonDocument::fromJson(q.value(0).toByteArray()).object().value(QStringLiteral("changes")).toObject();
        QCOMPARE(changes.keys(), QStringList{QStringLiteral("owner")});
        QCOMPARE(changes.value(QStringLiteral("owner")).toObject().value(QStringLiteral("to")).toString(),
                 QStringLiteral("sre-team"));
    }

    void newCurrentKeyDemotesOld()
    {
        StoreFixture f;
        auto id = f.store->createCredential(heldCredential(QStringLiteral("k")));
        QVERIFY(id.ok());
        QVERIFY(f.store->addKeyVersion(currentKey(*id, "one")).ok());
        f.clock.advanceSecs(3600);
        QVERIFY(f.store->addKeyVersion(currentKey(*id, "two")).ok());
        auto keys = f.store->keyVersions(*id);
        QVERIFY(keys.ok());
        QCOMPARE(keys->size(), 2);
        QCOMPARE(keys->at(0).version, 1);
        QCOMPARE(toString(keys->at(0).state), toString(KeyState::Previous));
        QCOMPARE(keys->at(1).version, 2);
        QCOMPARE(toString(keys->at(1).state), toString(KeyState::Current));
        QCOMPARE(keys->at(1).activatedAt, fixedNow().addSecs(3600));
        // the rotation is audited with old and new fingerprints
        QSqlQuery q(f.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT old_fingerprint, new_fingerprint, key_version FROM audit_events"
                                      " WHERE action='key_version.added' ORDER BY id DESC LIMIT 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), fingerprintOf("one"));
        QCOMPARE(q.value(1).toString(), fingerprintOf("two"));
        QCOMPARE(q.value(2).toInt(), 2);

        QVERIFY(f.store->setKeyState(keys->at(0).id, KeyState::Revoked).ok());
        QCOMPARE(toString(f.store->keyVersions(*id)->at(0).state), toString(KeyState::Revoked));
        QCOMPARE(f.store->keyVersions(*id)->at(0).revokedAt, fixedNow().addSecs(3600));
    }

    void refusesSomethingThatIsNotAFingerprint()
    {
        StoreFixture f;
        auto id = f.store->createCredential(heldCredential(QStringLiteral("k")));
        KeyVersion k = currentKey(*id, "x");
        k.fingerprint = QStringLiteral("sk_live_THIS_IS_A_KEY_NOT_A_FINGERPRINT");
        auto r = f.store->addKeyVersion(k);
        QVERIFY(!r.ok());
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM key_versions")), qint64(0));
        // the message does not echo a whole key back
        QVERIFY(!r.errorMessage().contains(QLatin1String("NOT_A_FINGERPRINT")));
    }

    void consumersUpsertIsIdempotent()
    {
        StoreFixture f;
        Consumer c;
        c.externalId = QStringLiteral("usr_1");
        c.name = QStringLiteral("Acme Bank");
        c.contactEmail = QStringLiteral("api@acme.example");
        c.integrationPattern = QStringLiteral("python");
        auto a = f.store->upsertConsumer(c);
        auto b = f.store->upsertConsumer(c);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(*a, *b);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events")), qint64(1));
        c.contactEmail = QStringLiteral("security@acme.example");
        QVERIFY(f.store->upsertConsumer(c).ok());
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action='consumer.updated'")),
                 qint64(1));
        QCOMPARE(f.store->consumers()->first().contactEmail, QStringLiteral("security@acme.example"));
    }

    void inventoryJoinsKeysUsageAndConsumer()
    {
        StoreFixture f;
        Consumer consumer;
        consumer.externalId = QStringLiteral("usr_9");
        consumer.name = QStringLiteral("Globex Travel");
        const qint64 consumerId = *f.store->upsertConsumer(consumer);
        Credential issued = heldCredential(QStringLiteral("globex-travel-prod"), 180);
        issued.kind = CredentialKind::Issued;
        issued.consumerId = consumerId;
        const qint64 issuedId = *f.store->createCredential(issued);
        const qint64 heldId = *f.store->createCredential(heldCredential(QStringLiteral("a-held-key")));
        const qint64 keyId = *f.store->addKeyVersion(currentKey(heldId, "k1"));
        QVERIFY(f.store->recordLastUsed(keyId, fixedNow().addSecs(-300)).ok());
        // an older observation never moves last-used backwards
        QVERIFY(f.store->recordLastUsed(keyId, fixedNow().addDays(-3)).ok());

        auto rows = f.store->inventory();
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 2);
        const InventoryRow &held = rows->at(0);
        QCOMPARE(held.credential.name, QStringLiteral("a-held-key"));
        QCOMPARE(held.currentVersion, 1);
        QCOMPARE(held.currentFingerprint, fingerprintOf("k1"));
        QCOMPARE(held.lastUsedAt, fixedNow().addSecs(-300));
        QCOMPARE(held.rotatedAt, fixedNow());
        const InventoryRow &iss = rows->at(1);
        QCOMPARE(iss.credential.id, issuedId);
        QCOMPARE(iss.consumerName, QStringLiteral("Globex Travel"));
        QCOMPARE(iss.currentVersion, 0);
        QVERIFY(!iss.lastUsedAt.isValid());
    }

    void inventoryReadsWhatSingleReadsRead()
    {
        // inventory() reads SQLite's rows directly; credential(id) goes through QSqlQuery. Both map the same columns.
        StoreFixture f;
        QCOMPARE(f.db->sqliteHandle() != nullptr, !testingOnPostgres()); // PostgreSQL reads both through QSqlQuery
        Consumer consumer;
        consumer.externalId = QStringLiteral("usr_1");
        consumer.name = QStringLiteral("Initech été");
        const qint64 consumerId = *f.store->upsertConsumer(consumer);
        Credential odd = heldCredential(QStringLiteral("odd-ümläut-日本"), 30);
        odd.usedBy = {QStringLiteral("billing, eu"), QStringLiteral("say \"hi\""), QStringLiteral("back\\slash"),
                      QStringLiteral("日本")};
        odd.labels = {QStringLiteral("auto-rotate"), QStringLiteral("team:payments")};
        odd.scopes = {QStringLiteral("read"), QStringLiteral("write")};
        odd.scheduleCron = QStringLiteral("0 3 * * 1");
        odd.providerApi = QStringLiteral("https://api.example.test/v1");
        odd.criticality = QStringLiteral("critical");
        Credential issued = heldCredential(QStringLiteral("issued-key"), 90);
        issued.kind = CredentialKind::Issued;
        issued.consumerId = consumerId;
        issued.supportsDualKey = false;
        const qint64 oddId = *f.store->createCredential(odd);
        *f.store->createCredential(issued);
        *f.store->createCredential(heldCredential(QStringLiteral("plain-key")));
        const qint64 keyId = *f.store->addKeyVersion(currentKey(oddId, "odd"));
        QVERIFY(f.store->recordLastUsed(keyId, fixedNow().addSecs(-42)).ok());

        auto rows = f.store->inventory();
        QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
        QCOMPARE(rows->size(), 3);
        for (const InventoryRow &row : *rows) {
            auto single = f.store->credential(row.credential.id);
            QVERIFY(single.ok());
            const Credential &a = row.credential;
            const Credential &b = *single;
            QCOMPARE(a.name, b.name);
            QCOMPARE(int(a.kind), int(b.kind));
            QCOMPARE(a.provider, b.provider);
            QCOMPARE(a.environment, b.environment);
            QCOMPARE(a.owner, b.owner);
            QCOMPARE(a.usedBy, b.usedBy);
            QCOMPARE(a.vaultPath, b.vaultPath);
            QCOMPARE(a.providerApi, b.providerApi);
            QCOMPARE(a.rotationIntervalDays, b.rotationIntervalDays);
            QCOMPARE(a.scheduleCron, b.scheduleCron);
            QCOMPARE(a.gracePeriodSeconds, b.gracePeriodSeconds);
            QCOMPARE(a.supportsDualKey, b.supportsDualKey);
            QCOMPARE(a.criticality, b.criticality);
            QCOMPARE(a.scopes, b.scopes);
            QCOMPARE(a.labels, b.labels);
            QCOMPARE(a.consumerId, b.consumerId);
            QCOMPARE(a.externalRef, b.externalRef);
            QCOMPARE(int(a.lifecycle), int(b.lifecycle));
            QCOMPARE(a.createdAt, b.createdAt);
            QCOMPARE(a.updatedAt, b.updatedAt);
            QCOMPARE(a.rowVersion, b.rowVersion);
        }
        const InventoryRow &first = rows->at(1); // by name: issued-key, odd-…, plain-key
        QCOMPARE(first.credential.usedBy, odd.usedBy);
        QCOMPARE(first.credential.labels, odd.labels);
        QCOMPARE(first.lastUsedAt, fixedNow().addSecs(-42));
        QCOMPARE(rows->at(0).consumerName, consumer.name);
        QCOMPARE(rows->at(0).credential.consumerId, std::optional<qint64>(consumerId));

        auto perConsumer = f.store->keysPerConsumer();
        QVERIFY(perConsumer.ok());
        QCOMPARE(perConsumer->size(), 1);
        QCOMPARE(perConsumer->value(consumerId).keys, 1);
        QVERIFY(!perConsumer->value(consumerId).lastUsedAt.isValid());
    }

    void listsFromJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty text") << QByteArray() << QStringList();
        QTest::newRow("empty array") << QByteArray("[]") << QStringList();
        QTest::newRow("one") << QByteArray("[\"svc\"]") << QStringList{QStringLiteral("svc")};
        QTest::newRow("several") << QByteArray("[\"a\",\"b c\",\"d,e\"]")
                                 << QStringList{QStringLiteral("a"), QStringLiteral("b c"), QStringLiteral("d,e")};
        QTest::newRow("empty string") << QByteArray("[\"\"]") << QStringList{QString()};
        QTest::newRow("utf-8") << QByteArray("[\"\xc3\xa9t\xc3\xa9\"]") << QStringList{QStringLiteral("\u00e9t\u00e9")};
        QTest::newRow("escapes go to the parser")
            << QByteArray("[\"say \\\"hi\\\"\",\"a\\\\b\",\"\\u00e9\"]")
            << QStringList{QStringLiteral("say \"hi\""), QStringLiteral("a\\b"), QStringLiteral("\u00e9")};
        QTest::newRow("spaces go to the parser")
            << QByteArray("[ \"a\" , \"b\" ]") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("malformed") << QByteArray("[\"a") << QStringList();
        QTest::newRow("not an array") << QByteArray("{\"a\":1}") << QStringList();
    }
    void listsFromJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        const QStringList got = stringListFromJson(json);
        QCOMPARE(got.size(), expected.size());
        for (qsizetype i = 0; i < got.size(); ++i)
            QCOMPARE(got.at(i), expected.at(i).isNull() ? QStringLiteral("") : expected.at(i));
    }

    void runsAndSteps()
    {
        StoreFixture f;
        const qint64 id = *f.store->createCredential(heldCredential(QStringLiteral("k")));
        auto run = f.store->createRun(id, QStringLiteral("manual"));
        QVERIFY(run.ok());
        QVERIFY(f.store->recordStep(*run, QStringLiteral("prechecked"), QStringLiteral("succeeded")).ok());
        QVERIFY(f.store->recordStep(*run, QStringLiteral("new_key_created"), QStringLiteral("started")).ok());
        QVERIFY(!f.store->recordStep(*run, QStringLiteral("x"), QStringLiteral("bogus")).ok());
        QCOMPARE(f.scalar(QStringLiteral("SELECT MAX(seq) FROM rotation_steps")), qint64(2));
        f.clock.advanceSecs(60);
        QVERIFY(f.store->setRunState(*run, QStringLiteral("completed")).ok());
        auto runs = f.store->runs(id);
        QCOMPARE(runs->size(), 1);
        QCOMPARE(runs->first().state, QStringLiteral("completed"));
        QCOMPARE(runs->first().startedBy, QStringLiteral("alice"));
        QCOMPARE(runs->first().finishedAt, fixedNow().addSecs(60));
        QVERIFY(!f.store->setRunState(4242, QStringLiteral("completed")).ok());
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceStore)
#include "TestWorkspaceStore.moc"
