#include "Migrations.h"

namespace keyturn {

const QList<Migration> &allMigrations()
{
    // Times are BIGINT milliseconds since the Unix epoch, UTC. Lists (used_by, scopes, labels) are JSON arrays.
    // No column holds a key or token: keys are known by provider id, fingerprint and prefix only.
    static const QList<Migration> migrations = {
        {1,
         "credentials, key versions, consumers, runs, notices and the audit log",
         {
             QStringLiteral("CREATE TABLE consumers ("
                            " id {PK},"
                            " external_id TEXT NOT NULL UNIQUE,"
                            " name TEXT NOT NULL,"
                            " contact_email TEXT NOT NULL DEFAULT '',"
                            " integration_pattern TEXT NOT NULL DEFAULT 'rest',"
                            " created_at BIGINT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE credentials ("
                 " id {PK},"
                 " name TEXT NOT NULL UNIQUE,"
                 " kind TEXT NOT NULL CHECK (kind IN ('issued','held')),"
                 " provider TEXT NOT NULL,"
                 " environment TEXT NOT NULL,"
                 " owner TEXT NOT NULL DEFAULT '',"
                 " used_by TEXT NOT NULL DEFAULT '[]',"
                 " vault_path TEXT NOT NULL DEFAULT '',"
                 " provider_api TEXT NOT NULL DEFAULT '',"
                 " rotation_interval_days INTEGER NOT NULL CHECK (rotation_interval_days > 0),"
                 " grace_period_s BIGINT NOT NULL DEFAULT 3600,"
                 " supports_dual_key INTEGER NOT NULL DEFAULT 1,"
                 " criticality TEXT NOT NULL DEFAULT 'medium'"
                 "   CHECK (criticality IN ('low','medium','high','critical')),"
                 " scopes TEXT NOT NULL DEFAULT '[]',"
                 " labels TEXT NOT NULL DEFAULT '[]',"
                 " consumer_id BIGINT REFERENCES consumers(id),"
                 " lifecycle TEXT NOT NULL DEFAULT 'active' CHECK (lifecycle IN ('active','rotating','revoked')),"
                 " created_at BIGINT NOT NULL,"
                 " updated_at BIGINT NOT NULL,"
                 " row_version BIGINT NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE TABLE key_versions ("
                            " id {PK},"
                            " credential_id BIGINT NOT NULL REFERENCES credentials(id),"
                            " version INTEGER NOT NULL,"
                            " provider_key_id TEXT NOT NULL DEFAULT '',"
                            " fingerprint TEXT NOT NULL,"
                            " prefix TEXT NOT NULL DEFAULT '',"
                            " state TEXT NOT NULL CHECK (state IN ('pending','current','previous','revoked')),"
                            " created_at BIGINT NOT NULL,"
                            " activated_at BIGINT,"
                            " revoked_at BIGINT,"
                            " last_used_at BIGINT,"
                            " UNIQUE (credential_id, version))"),
             QStringLiteral("CREATE TABLE rotation_runs ("
                            " id {PK},"
                            " credential_id BIGINT NOT NULL REFERENCES credentials(id),"
                            " kind TEXT NOT NULL,"
                            " state TEXT NOT NULL,"
                            " started_by TEXT NOT NULL,"
                            " created_at BIGINT NOT NULL,"
                            " updated_at BIGINT NOT NULL,"
                            " finished_at BIGINT,"
                            " grace_until BIGINT,"
                            " deadline_at BIGINT,"
                            " error TEXT NOT NULL DEFAULT '',"
                            " row_version BIGINT NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE TABLE rotation_steps ("
                            " id {PK},"
                            " run_id BIGINT NOT NULL REFERENCES rotation_runs(id),"
                            " seq INTEGER NOT NULL,"
                            " name TEXT NOT NULL,"
                            " state TEXT NOT NULL CHECK (state IN ('started','succeeded','failed','skipped')),"
                            " started_at BIGINT NOT NULL,"
                            " finished_at BIGINT,"
                            " detail TEXT NOT NULL DEFAULT '',"
                            " UNIQUE (run_id, seq))"),
             QStringLiteral("CREATE TABLE campaigns ("
                            " id {PK},"
                            " name TEXT NOT NULL,"
                            " run_id BIGINT REFERENCES rotation_runs(id),"
                            " deadline_at BIGINT NOT NULL,"
                            " state TEXT NOT NULL,"
                            " created_by TEXT NOT NULL,"
                            " created_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE notices ("
                            " id {PK},"
                            " campaign_id BIGINT REFERENCES campaigns(id),"
                            " consumer_id BIGINT REFERENCES consumers(id),"
                            " kind TEXT NOT NULL,"
                            " state TEXT NOT NULL CHECK (state IN ('draft','pending','approved','sending','sent',"
                            "   'failed','rejected','cancelled')),"
                            " subject TEXT NOT NULL,"
                            " body_markdown TEXT NOT NULL,"
                            " drafted_by TEXT NOT NULL,"
                            " last_edited_by TEXT NOT NULL DEFAULT '',"
                            " approved_by TEXT NOT NULL DEFAULT '',"
                            " send_at BIGINT,"
                            " sent_at BIGINT,"
                            " message_id TEXT NOT NULL DEFAULT '',"
                            " created_at BIGINT NOT NULL,"
                            " updated_at BIGINT NOT NULL,"
                            " row_version BIGINT NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE TABLE audit_events ("
                            " id BIGINT PRIMARY KEY,"
                            " at BIGINT NOT NULL,"
                            " actor TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " target_type TEXT NOT NULL,"
                            " target_id TEXT NOT NULL,"
                            " key_version INTEGER,"
                            " old_fingerprint TEXT NOT NULL DEFAULT '',"
                            " new_fingerprint TEXT NOT NULL DEFAULT '',"
                            " details TEXT NOT NULL DEFAULT '{}',"
                            " prev_hash TEXT NOT NULL,"
                            " hash TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         }},
        {2,
         "indexes for large inventories and histories; the audit chain head",
         {
             QStringLiteral("CREATE UNIQUE INDEX key_versions_one_current ON key_versions (credential_id)"
                            " WHERE state = 'current'"),
             QStringLiteral("CREATE INDEX key_versions_by_credential ON key_versions (credential_id, state)"),
             QStringLiteral("CREATE INDEX credentials_by_consumer ON credentials (consumer_id)"),
             QStringLiteral("CREATE INDEX rotation_runs_by_credential ON rotation_runs (credential_id, created_at)"),
             QStringLiteral("CREATE INDEX notices_by_state ON notices (state, send_at)"),
             QStringLiteral("CREATE INDEX audit_events_by_time ON audit_events (at)"),
             QStringLiteral("CREATE INDEX audit_events_by_action ON audit_events (action, at)"),
             QStringLiteral("CREATE INDEX audit_events_by_target ON audit_events (target_type, target_id)"),
             // The head lets verification notice events cut from the end of the chain, and gives appends one row
             // to serialize on.
             QStringLiteral("CREATE TABLE audit_head ("
                            " id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " last_id BIGINT NOT NULL,"
                            " last_hash TEXT NOT NULL)"),
             QStringLiteral("INSERT INTO audit_head (id, last_id, last_hash)"
                            " SELECT 1, COALESCE(MAX(id), 0),"
                            " COALESCE((SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1),"
                            " '0000000000000000000000000000000000000000000000000000000000000000')"
                            " FROM audit_events"),
         }},
        {3,
         "provider references for synced credentials; per-key request and 401 counts",
         {
             QStringLiteral("ALTER TABLE credentials ADD COLUMN external_ref TEXT"),
             QStringLiteral("CREATE UNIQUE INDEX credentials_by_external_ref ON credentials (external_ref)"
                            " WHERE external_ref IS NOT NULL"),
             QStringLiteral("ALTER TABLE key_versions ADD COLUMN request_count BIGINT NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE key_versions ADD COLUMN unauthorized_count BIGINT NOT NULL DEFAULT 0"),
             QStringLiteral("CREATE INDEX key_versions_by_provider_id ON key_versions (provider_key_id)"),
         }},
        {4,
         "rotation engine: run data and leases, per-credential rotation locks, alerts",
         {
             QStringLiteral("ALTER TABLE rotation_runs ADD COLUMN data TEXT NOT NULL DEFAULT '{}'"),
             QStringLiteral("ALTER TABLE rotation_runs ADD COLUMN next_action_at BIGINT"),
             QStringLiteral("ALTER TABLE rotation_runs ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE rotation_runs ADD COLUMN lease_holder TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE rotation_runs ADD COLUMN lease_until BIGINT NOT NULL DEFAULT 0"),
             QStringLiteral("CREATE INDEX rotation_runs_by_state ON rotation_runs (state, next_action_at)"),
             // One row per credential being rotated: the primary key is what makes two rotations of one key
             // impossible, across processes and clients.
             QStringLiteral("CREATE TABLE rotation_locks ("
                            " credential_id BIGINT PRIMARY KEY REFERENCES credentials(id),"
                            " run_id BIGINT NOT NULL REFERENCES rotation_runs(id),"
                            " holder TEXT NOT NULL,"
                            " acquired_at BIGINT NOT NULL,"
                            " expires_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE alerts ("
                            " id {PK},"
                            " kind TEXT NOT NULL,"
                            " severity TEXT NOT NULL CHECK (severity IN ('info','warning','critical')),"
                            " credential_id BIGINT REFERENCES credentials(id),"
                            " run_id BIGINT REFERENCES rotation_runs(id),"
                            " message TEXT NOT NULL,"
                            " raised_at BIGINT NOT NULL,"
                            " acknowledged_by TEXT NOT NULL DEFAULT '',"
                            " acknowledged_at BIGINT)"),
             QStringLiteral(
                 "CREATE UNIQUE INDEX alerts_open_once ON alerts (kind, run_id) WHERE acknowledged_at IS NULL"),
         }},
        {5,
         "notices: campaigns, the gated send's claims and history, versioned templates",
         {
             QStringLiteral("ALTER TABLE campaigns ADD COLUMN policy TEXT NOT NULL DEFAULT 'escalate'"),
             QStringLiteral("ALTER TABLE campaigns ADD COLUMN emergency INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE campaigns ADD COLUMN reason TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE campaigns ADD COLUMN notice_lead_days INTEGER NOT NULL DEFAULT 30"),
             QStringLiteral("ALTER TABLE rotation_runs ADD COLUMN campaign_id BIGINT REFERENCES campaigns(id)"),
             QStringLiteral("CREATE INDEX rotation_runs_by_campaign ON rotation_runs (campaign_id)"),
             QStringLiteral("ALTER TABLE notices ADD COLUMN run_id BIGINT REFERENCES rotation_runs(id)"),
             QStringLiteral("ALTER TABLE notices ADD COLUMN credential_id BIGINT REFERENCES credentials(id)"),
             QStringLiteral("ALTER TABLE notices ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE notices ADD COLUMN recipient TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE notices ADD COLUMN template_name TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE notices ADD COLUMN template_version INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE notices ADD COLUMN reminder_days INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE notices ADD COLUMN deadline_at BIGINT"),
             QStringLiteral("ALTER TABLE notices ADD COLUMN transport_id TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE notices ADD COLUMN last_error TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE notices ADD COLUMN rejection_reason TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE notices ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0"),
             // A claim: the one client sending a notice, until when. A claim that ran out marks a send that may
             // or may not have reached the consumer; it is resolved by Message-ID or handed to the operator.
             QStringLiteral("ALTER TABLE notices ADD COLUMN lease_holder TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE notices ADD COLUMN lease_until BIGINT NOT NULL DEFAULT 0"),
             QStringLiteral("CREATE INDEX notices_by_run ON notices (run_id, kind)"),
             QStringLiteral("CREATE INDEX notices_by_campaign ON notices (campaign_id)"),
             QStringLiteral("CREATE TABLE notice_events ("
                            " id {PK},"
                            " notice_id BIGINT NOT NULL REFERENCES notices(id),"
                            " at BIGINT NOT NULL,"
                            " actor TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " from_state TEXT NOT NULL DEFAULT '',"
                            " to_state TEXT NOT NULL DEFAULT '',"
                            " detail TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX notice_events_by_notice ON notice_events (notice_id, id)"),
             QStringLiteral("CREATE TABLE notice_templates ("
                            " id {PK},"
                            " name TEXT NOT NULL,"
                            " version INTEGER NOT NULL CHECK (version > 0),"
                            " subject TEXT NOT NULL,"
                            " body_markdown TEXT NOT NULL,"
                            " created_by TEXT NOT NULL,"
                            " created_at BIGINT NOT NULL,"
                            " UNIQUE (name, version))"),
         }},
        {6,
         "schedules (cron, UTC) per credential; alerts that follow their rule: resolved when it stops firing",
         {
             QStringLiteral("ALTER TABLE credentials ADD COLUMN schedule_cron TEXT NOT NULL DEFAULT ''"),
             // rule_key names the condition (rule and what it concerns); an acknowledged alert keeps its row, so
             // a recompute finds it and leaves it acknowledged while the condition lasts.
             QStringLiteral("ALTER TABLE alerts ADD COLUMN rule_key TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE alerts ADD COLUMN resolved_at BIGINT"),
             QStringLiteral("CREATE INDEX alerts_by_rule ON alerts (rule_key, resolved_at)"),
         }},
        {7,
         "alerts: at most one open row per rule condition",
         {
             // Two clients recomputing at once cannot both raise the same condition.
             QStringLiteral("CREATE UNIQUE INDEX alerts_rule_open_once ON alerts (rule_key)"
                            " WHERE rule_key <> '' AND resolved_at IS NULL"),
         }},
        {8,
         "audit history: indexes for its filters, each ending in (at, id) for keyset pages",
         {
             // A page of the audit view is one index range: the filter's column(s), then time and id, so paging
             // never sorts or skips rows. (The version 2 indexes stay: dropping one inside a migration fails.)
             QStringLiteral("CREATE INDEX IF NOT EXISTS audit_events_by_at_id ON audit_events (at, id)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS audit_events_by_action_at_id ON audit_events"
                            " (action, at, id)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS audit_events_by_actor_at_id ON audit_events (actor, at, id)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS audit_events_by_target_at_id ON audit_events"
                            " (target_type, target_id, at, id)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS audit_events_by_key_version_at_id ON audit_events"
                            " (key_version, at, id)"),
         }},
        {9,
         "team workspaces announce changes to open clients (LISTEN/NOTIFY)",
         {},
         {
             // One notification per changed row, sent when the change commits: "table:id:credential_id". Open GUIs
             // re-read those rows, not whole tables. A workspace file has one client and needs none of this.
             QStringLiteral("CREATE OR REPLACE FUNCTION keyturn_notify_change() RETURNS trigger LANGUAGE plpgsql AS"
                            " $f$ DECLARE r jsonb; BEGIN"
                            " IF TG_OP = 'DELETE' THEN r := to_jsonb(OLD); ELSE r := to_jsonb(NEW); END IF;"
                            " PERFORM pg_notify('keyturn_changes', TG_TABLE_NAME || ':' || (r->>'id') || ':' ||"
                            " COALESCE(r->>'credential_id', CASE WHEN TG_TABLE_NAME = 'credentials' THEN r->>'id'"
                            " ELSE '' END));"
                            " RETURN NULL; END $f$"),
             QStringLiteral("CREATE TRIGGER keyturn_notify AFTER INSERT OR UPDATE OR DELETE ON credentials"
                            " FOR EACH ROW EXECUTE FUNCTION keyturn_notify_change()"),
             QStringLiteral("CREATE TRIGGER keyturn_notify AFTER INSERT OR UPDATE OR DELETE ON key_versions"
                            " FOR EACH ROW EXECUTE FUNCTION keyturn_notify_change()"),
             QStringLiteral("CREATE TRIGGER keyturn_notify AFTER INSERT OR UPDATE OR DELETE ON rotation_runs"
                            " FOR EACH ROW EXECUTE FUNCTION keyturn_notify_change()"),
             QStringLiteral("CREATE TRIGGER keyturn_notify AFTER INSERT OR UPDATE OR DELETE ON notices"
                            " FOR EACH ROW EXECUTE FUNCTION keyturn_notify_change()"),
             QStringLiteral("CREATE TRIGGER keyturn_notify AFTER INSERT OR UPDATE OR DELETE ON alerts"
                            " FOR EACH ROW EXECUTE FUNCTION keyturn_notify_change()"),
         }},
    };
    return migrations;
}

QStringList migrationStatements(const Migration &migration, Database::Backend backend)
{
    const QString pk = backend == Database::Backend::Sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                                            : QStringLiteral("BIGSERIAL PRIMARY KEY");
    QStringList out;
    for (QString s : migration.statements)
        out << s.replace(QLatin1String("{PK}"), pk);
    if (backend == Database::Backend::Postgres)
        out << migration.postgresStatements;
    return out;
}

} // namespace keyturn
