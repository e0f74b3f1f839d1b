#include "NoticeStore.h"

#include "../audit/AuditLog.h"
#include "../domain/Clock.h"
#include "../store/Database.h"
#include "TextDiff.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace keyturn {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("keyturn::NoticeStore", text);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

const char *const kNoticeSelect =
    "SELECT n.id, n.campaign_id, n.run_id, n.consumer_id, n.credential_id, n.kind, n.state, n.urgent, n.recipient,"
    " n.subject, n.body_markdown, n.template_name, n.template_version, n.reminder_days, n.deadline_at, n.send_at,"
    " n.sent_at, n.drafted_by, n.last_edited_by, n.approved_by, n.rejection_reason, n.message_id, n.transport_id,"
    " n.last_error, n.attempts, n.row_version, n.created_at, n.updated_at,"
    " COALESCE(k.name, ''), COALESCE(c.name, ''), COALESCE(p.name, ''), n.lease_holder, n.lease_until"
    " FROM notices n"
    " LEFT JOIN consumers k ON k.id = n.consumer_id"
    " LEFT JOIN credentials c ON c.id = n.credential_id"
    " LEFT JOIN campaigns p ON p.id = n.campaign_id";

NoticeRecord noticeFromRow(const QSqlQuery &q)
{
    NoticeRecord n;
    n.id = q.value(0).toLongLong();
    n.campaignId = q.value(1).toLongLong();
    n.runId = q.value(2).toLongLong();
    n.consumerId = q.value(3).toLongLong();
    n.credentialId = q.value(4).toLongLong();
    n.kind = q.value(5).toString();
    n.state = q.value(6).toString();
    n.urgent = q.value(7).toInt() != 0;
    n.recipient = q.value(8).toString();
    n.subject = q.value(9).toString();
    n.bodyMarkdown = q.value(10).toString();
    n.templateName = q.value(11).toString();
    n.templateVersion = q.value(12).toInt();
    n.reminderDays = q.value(13).toInt();
    n.deadlineAt = timeOrNull(q.value(14));
    n.sendAt = timeOrNull(q.value(15));
    n.sentAt = timeOrNull(q.value(16));
    n.draftedBy = q.value(17).toString();
    n.lastEditedBy = q.value(18).toString();
    n.approvedBy = q.value(19).toString();
    n.rejectionReason = q.value(20).toString();
    n.messageId = q.value(21).toString();
    n.transportId = q.value(22).toString();
    n.lastError = q.value(23).toString();
    n.attempts = q.value(24).toInt();
    n.rowVersion = q.value(25).toLongLong();
    n.createdAt = timeOrNull(q.value(26));
    n.updatedAt = timeOrNull(q.value(27));
    n.consumerName = q.value(28).toString();
    n.credentialName = q.value(29).toString();
    n.campaignName = q.value(30).toString();
    n.leaseHolder = q.value(31).toString();
    n.leaseUntil = timeOrNull(q.value(32));
    return n;
}

bool sameActor(const QString &a, const QString &b)
{
    return !a.trimmed().isEmpty() && a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

QString sha256(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

CampaignRecord campaignFromRow(const QSqlQuery &q)
{
    CampaignRecord c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.deadlineAt = timeOrNull(q.value(2));
    c.state = q.value(3).toString();
    c.policy = q.value(4).toString();
    c.emergency = q.value(5).toInt() != 0;
    c.reason = q.value(6).toString();
    c.noticeLeadDays = q.value(7).toInt();
    c.createdBy = q.value(8).toString();
    c.createdAt = timeOrNull(q.value(9));
    return c;
}

const char *const kCampaignSelect = "SELECT id, name, deadline_at, state, policy, emergency, reason, notice_lead_days,"
                                    " created_by, created_at FROM campaigns";

} // namespace

QStringList NoticeState::all()
{
    return {Draft, Pending, Approved, Sending, Sent, Failed, Rejected, Cancelled};
}

bool NoticeState::isValid(const QString &state)
{
    return all().contains(state);
}

NoticeStore::NoticeStore(Database &db, AuditLog &audit, const Clock &clock, QString actor)
    : m_db(db), m_audit(audit), m_clock(clock), m_actor(std::move(actor))
{}

Result<void> NoticeStore::audit(const QString &action, qint64 noticeId, const QJsonObject &details)
{
    AuditEvent e;
    e.actor = m_actor;
    e.action = action;
    e.targetType = QStringLiteral("notice");
    e.targetId = QString::number(noticeId);
    e.details = canonicalDetails(details);
    auto r = m_audit.append(std::move(e));
    if (!r)
        return r.error();
    return {};
}

Result<void> NoticeStore::addEvent(qint64 noticeId, const QString &action, const QString &from, const QString &to,
                                   const QString &detail)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO notice_events (notice_id, at, actor, action, from_state, to_state, detail)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    bind(q, noticeId);
    bind(q, m_clock.now().toMSecsSinceEpoch());
    bind(q, m_actor);
    bind(q, action);
    bind(q, from);
    bind(q, to);
    bind(q, detail);
    return Database::exec(q);
}

// ---- templates ----

Result<NoticeTemplate> NoticeStore::activeTemplate(const QString &name) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT name, version, subject, body_markdown, created_by, created_at"
                             " FROM notice_templates WHERE name = ? ORDER BY version DESC LIMIT 1"));
    bind(q, name);
    if (auto r = Database::exec(q); !r)
        return r.error();
    if (q.next()) {
        return NoticeTemplate{q.value(0).toString(), q.value(1).toInt(),    q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString(), timeOrNull(q.value(5))};
    }
    for (const NoticeTemplate &t : NoticeTemplates::defaults()) {
        if (t.name == name)
            return t;
    }
    return Error{tr("there is no notice template named '%1'").arg(name)};
}

Result<QList<NoticeTemplate>> NoticeStore::templates() const
{
    QList<NoticeTemplate> out;
    QStringList names;
    for (const NoticeTemplate &t : NoticeTemplates::defaults())
        names << t.name;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT DISTINCT name FROM notice_templates ORDER BY name"));
    if (auto r = Database::exec(q); !r)
        return r.error();
    while (q.next()) {
        if (!names.contains(q.value(0).toString()))
            names << q.value(0).toString();
    }
    for (const QString &name : names) {
        auto t = activeTemplate(name);
        if (!t)
            return t.error();
        out << *t;
    }
    return out;
}

Result<QList<NoticeTemplate>> NoticeStore::templateHistory(const QString &name) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT name, version, subject, body_markdown, created_by, created_at"
                             " FROM notice_templates WHERE name = ? ORDER BY version DESC"));
    bind(q, name);
    if (auto r = Database::exec(q); !r)
        return r.error();
    QList<NoticeTemplate> out;
    while (q.next()) {
        out << NoticeTemplate{q.value(0).toString(), q.value(1).toInt(),    q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString(), timeOrNull(q.value(5))};
    }
    return out;
}

Result<int> NoticeStore::saveTemplate(const QString &name, const QString &subject, const QString &bodyMarkdown)
{
    static const QRegularExpression validName(QStringLiteral("^[a-z][a-z0-9-]{0,63}$"));
    if (!validName.match(name).hasMatch())
        return Error{
            tr("a template name is lower-case letters, digits and dashes, not '%1'; nothing was saved").arg(name)};
    NoticeTemplate t{name, 0, subject.trimmed(), bodyMarkdown, m_actor, m_clock.now()};
    if (auto v = NoticeTemplates::validate(t); !v)
        return Error{tr("template %1 was not saved: %2").arg(name, v.errorMessage())};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM notice_templates WHERE name = ?"));
    bind(q, name);
    if (auto r = Database::exec(q); !r || !q.next())
        return Error{tr("reading template %1 failed; nothing was saved").arg(name)};
    const int version = q.value(0).toInt() + 1;
    QSqlQuery ins = m_db.query();
    ins.prepare(QStringLiteral("INSERT INTO notice_templates (name, version, subject, body_markdown, created_by,"
                               " created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    bind(ins, name);
    bind(ins, version);
    bind(ins, t.subject);
    bind(ins, bodyMarkdown);
    bind(ins, m_actor);
    bind(ins, m_clock.now().toMSecsSinceEpoch());
    if (auto r = Database::exec(ins); !r)
        return r.error();
    AuditEvent e;
    e.actor = m_actor;
    e.action = QStringLiteral("template.saved");
    e.targetType = QStringLiteral("template");
    e.targetId = name;
    e.details = canonicalDetails(QJsonObject{{QStringLiteral("version"), version},
                                             {QStringLiteral("subject"), t.subject},
                                             {QStringLiteral("body_sha256"), sha256(bodyMarkdown)}});
    if (auto r = m_audit.append(std::move(e)); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return version;
}

// ---- campaigns ----

Result<qint64> NoticeStore::createCampaign(const CampaignRecord &c)
{
    if (c.name.trimmed().isEmpty())
        return Error{tr("a campaign needs a name")};
    if (!c.deadlineAt.isValid())
        return Error{tr("a campaign needs a deadline")};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO campaigns (name, deadline_at, state, created_by, created_at, policy,"
                             " emergency, reason, notice_lead_days) VALUES (?, ?, 'open', ?, ?, ?, ?, ?, ?)"));
    bind(q, c.name.trimmed());
    bind(q, c.deadlineAt.toMSecsSinceEpoch());
    bind(q, m_actor);
    bind(q, m_clock.now().toMSecsSinceEpoch());
    bind(q, c.policy.isEmpty() ? QStringLiteral("escalate") : c.policy);
    bind(q, c.emergency ? 1 : 0);
    bind(q, c.reason);
    bind(q, c.noticeLeadDays);
    if (auto r = Database::exec(q); !r)
        return r.error();
    const qint64 id = q.lastInsertId().toLongLong();
    AuditEvent e;
    e.actor = m_actor;
    e.action = QStringLiteral("campaign.opened");
    e.targetType = QStringLiteral("campaign");
    e.targetId = QString::number(id);
    e.details =
        canonicalDetails(QJsonObject{{QStringLiteral("name"), c.name.trimmed()},
                                     {QStringLiteral("deadline_at"), c.deadlineAt.toUTC().toString(Qt::ISODate)},
                                     {QStringLiteral("policy"), c.policy},
                                     {QStringLiteral("emergency"), c.emergency},
                                     {QStringLiteral("reason"), c.reason}});
    if (auto r = m_audit.append(std::move(e)); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<CampaignRecord> NoticeStore::campaign(qint64 id) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QString::fromLatin1(kCampaignSelect) + QStringLiteral(" WHERE id = ?"));
    bind(q, id);
    if (auto r = Database::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error{tr("there is no campaign %1").arg(id)};
    return campaignFromRow(q);
}

Result<QList<CampaignRecord>> NoticeStore::campaigns() const
{
    QSqlQuery q = m_db.query();
    q.prepare(QString::fromLatin1(kCampaignSelect) + QStringLiteral(" ORDER BY id DESC"));
    if (auto r = Database::exec(q); !r)
        return r.error();
    QList<CampaignRecord> out;
    while (q.next())
        out << campaignFromRow(q);
    return out;
}

Result<void> NoticeStore::closeCampaign(qint64 id)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE campaigns SET state = 'closed' WHERE id = ? AND state = 'open'"));
    bind(q, id);
    if (auto r = Database::exec(q); !r)
        return r.error();
    if (q.numRowsAffected() == 1) {
        AuditEvent e;
        e.actor = m_actor;
        e.action = QStringLiteral("campaign.closed");
        e.targetType = QStringLiteral("campaign");
        e.targetId = QString::number(id);
        if (auto r = m_audit.append(std::move(e)); !r)
            return r.error();
    }
    return tx.commit();
}

// ---- notices ----

Result<qint64> NoticeStore::createNotice(const NoticeDraft &d)
{
    if (d.kind.isEmpty())
        return Error{tr("a notice needs a kind")};
    if (d.content.subject.trimmed().isEmpty())
        return Error{tr("a notice needs a subject")};
    if (d.recipient.trimmed().isEmpty() || !d.recipient.contains(QLatin1Char('@')))
        return Error{tr("the consumer has no contact address ('%1'); no notice was drafted").arg(d.recipient)};
    if (auto rendered = NoticeTemplates::render(d.content.bodyMarkdown); !rendered)
        return Error{tr("the notice does not render: %1; no notice was drafted").arg(rendered.errorMessage())};
    const QString draftedBy = d.draftedBy.trimmed().isEmpty() ? m_actor : d.draftedBy.trimmed();
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
        "INSERT INTO notices (campaign_id, consumer_id, kind, state, subject, body_markdown, drafted_by, send_at,"
        " created_at, updated_at, run_id, credential_id, urgent, recipient, template_name, template_version,"
        " reminder_days, deadline_at) VALUES (?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bind(q, idOrNull(d.campaignId));
    bind(q, idOrNull(d.consumerId));
    bind(q, d.kind);
    bind(q, d.content.subject.trimmed());
    bind(q, d.content.bodyMarkdown);
    bind(q, draftedBy);
    bind(q, d.sendAt.isValid() ? d.sendAt.toMSecsSinceEpoch() : now);
    bind(q, now);
    bind(q, now);
    bind(q, idOrNull(d.runId));
    bind(q, idOrNull(d.credentialId));
    bind(q, d.urgent ? 1 : 0);
    bind(q, d.recipient.trimmed());
    bind(q, d.templateName);
    bind(q, d.templateVersion);
    bind(q, d.reminderDays);
    bind(q, msOrNull(d.deadlineAt));
    if (auto r = Database::exec(q); !r)
        return r.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto r = addEvent(id, QStringLiteral("drafted"), {}, NoticeState::Pending,
                          tr("drafted from template %1 v%2").arg(d.templateName).arg(d.templateVersion));
        !r)
        return r.error();
    QJsonObject details{{QStringLiteral("kind"), d.kind},
                        {QStringLiteral("to_state"), NoticeState::Pending},
                        {QStringLiteral("drafted_by"), draftedBy},
                        {QStringLiteral("template"), d.templateName},
                        {QStringLiteral("template_version"), d.templateVersion},
                        {QStringLiteral("subject"), d.content.subject.trimmed()},
                        {QStringLiteral("body_sha256"), sha256(d.content.bodyMarkdown)}};
    if (d.campaignId)
        details.insert(QStringLiteral("campaign"), d.campaignId);
    if (d.runId)
        details.insert(QStringLiteral("run"), d.runId);
    if (d.reminderDays)
        details.insert(QStringLiteral("reminder_days"), d.reminderDays);
    if (auto r = audit(QStringLiteral("notice.drafted"), id, details); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<NoticeRecord> NoticeStore::notice(qint64 id) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QString::fromLatin1(kNoticeSelect) + QStringLiteral(" WHERE n.id = ?"));
    bind(q, id);
    if (auto r = Database::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error{tr("there is no notice %1").arg(id)};
    return noticeFromRow(q);
}

Result<QList<NoticeRecord>> NoticeStore::notices(const NoticeFilter &filter) const
{
    QStringList where;
    QVariantList values;
    if (!filter.states.isEmpty()) {
        QStringList marks;
        for (const QString &s : filter.states) {
            marks << QStringLiteral("?");
            values << s;
        }
        where << QStringLiteral("n.state IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (filter.campaignId) {
        where << QStringLiteral("n.campaign_id = ?");
        values << filter.campaignId;
    }
    if (filter.runId) {
        where << QStringLiteral("n.run_id = ?");
        values << filter.runId;
    }
    if (filter.consumerId) {
        where << QStringLiteral("n.consumer_id = ?");
        values << filter.consumerId;
    }
    QString sql = QString::fromLatin1(kNoticeSelect);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY n.urgent DESC, n.send_at, n.id");
    QSqlQuery q = m_db.query();
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (auto r = Database::exec(q); !r)
        return r.error();
    QList<NoticeRecord> out;
    while (q.next())
        out << noticeFromRow(q);
    return out;
}

Result<QList<NoticeEvent>> NoticeStore::events(qint64 noticeId) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT id, notice_id, at, actor, action, from_state, to_state, detail"
                             " FROM notice_events WHERE notice_id = ? ORDER BY id"));
    bind(q, noticeId);
    if (auto r = Database::exec(q); !r)
        return r.error();
    QList<NoticeEvent> out;
    while (q.next()) {
        out << NoticeEvent{q.value(0).toLongLong(), q.value(1).toLongLong(), timeOrNull(q.value(2)),
                           q.value(3).toString(),   q.value(4).toString(),   q.value(5).toString(),
                           q.value(6).toString(),   q.value(7).toString()};
    }
    return out;
}

QString NoticeStore::approvalBlocker(const NoticeRecord &n) const
{
    if (n.state != NoticeState::Pending)
        return tr("notice %1 is %2; only a pending notice can be approved").arg(n.id).arg(n.state);
    if (sameActor(m_actor, n.draftedBy))
        return tr("notice %1 was drafted by %2 (who started its rotation or wrote it); another engineer must approve "
                  "it")
            .arg(n.id)
            .arg(n.draftedBy);
    if (sameActor(m_actor, n.lastEditedBy))
        return tr("notice %1 was last edited by %2; another engineer must approve it").arg(n.id).arg(n.lastEditedBy);
    return {};
}

Result<void> NoticeStore::transition(const NoticeRecord &n, const QStringList &from, const QString &to,
                                     const QString &action, const QString &detail, const QString &extraSet,
                                     const QVariantList &extraValues)
{
    QStringList marks;
    for (int i = 0; i < from.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE notices SET state = ?, updated_at = ?, row_version = row_version + 1%1"
                             " WHERE id = ? AND row_version = ? AND state IN (%2)")
                  .arg(extraSet.isEmpty() ? QString() : QStringLiteral(", ") + extraSet, marks.join(QLatin1Char(','))));
    bind(q, to);
    bind(q, m_clock.now().toMSecsSinceEpoch());
    for (const QVariant &v : extraValues)
        q.addBindValue(v);
    bind(q, n.id);
    bind(q, n.rowVersion);
    for (const QString &s : from)
        bind(q, s);
    if (auto r = Database::exec(q); !r)
        return r.error();
    if (q.numRowsAffected() != 1) {
        auto now = notice(n.id);
        return Error{tr("notice %1 was changed by someone else meanwhile (it is now %2); nothing was changed")
                         .arg(n.id)
                         .arg(now ? now->state : QStringLiteral("gone"))};
    }
    if (auto r = addEvent(n.id, action, n.state, to, detail); !r)
        return r;
    QJsonObject details{{QStringLiteral("from_state"), n.state}, {QStringLiteral("to_state"), to}};
    if (!detail.isEmpty() && action != QLatin1String("edited"))
        details.insert(QStringLiteral("detail"), detail);
    if (n.campaignId)
        details.insert(QStringLiteral("campaign"), n.campaignId);
    if (!n.consumerName.isEmpty())
        details.insert(QStringLiteral("consumer"), n.consumerName);
    return audit(QStringLiteral("notice.") + action, n.id, details);
}

Result<void> NoticeStore::approve(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return Error{tr("no notice was named")};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    QStringList refused;
    QList<NoticeRecord> toApprove;
    for (qint64 id : ids) {
        auto n = notice(id);
        if (!n) {
            refused << n.errorMessage();
            continue;
        }
        if (const QString why = approvalBlocker(*n); !why.isEmpty())
            refused << why;
        else if (auto rendered = NoticeTemplates::render(n->bodyMarkdown); !rendered)
            refused << tr("notice %1 does not render: %2").arg(id).arg(rendered.errorMessage());
        else
            toApprove << *n;
    }
    if (!refused.isEmpty())
        return Error{tr("%1; no notice was approved").arg(refused.join(QStringLiteral("; ")))};
    for (const NoticeRecord &n : toApprove) {
        // Four eyes in the statement itself: whoever else changed the notice meanwhile, the rule still holds.
        QSqlQuery q = m_db.query();
        q.prepare(QStringLiteral(
            "UPDATE notices SET state = 'approved', approved_by = ?, updated_at = ?, row_version = row_version + 1"
            " WHERE id = ? AND row_version = ? AND state = 'pending'"
            " AND lower(drafted_by) <> lower(?) AND lower(last_edited_by) <> lower(?)"));
        bind(q, m_actor);
        bind(q, m_clock.now().toMSecsSinceEpoch());
        bind(q, n.id);
        bind(q, n.rowVersion);
        bind(q, m_actor.trimmed());
        bind(q, m_actor.trimmed());
        if (auto r = Database::exec(q); !r)
            return r.error();
        if (q.numRowsAffected() != 1)
            return Error{tr("notice %1 was changed by someone else meanwhile; no notice was approved").arg(n.id)};
        if (auto r = addEvent(n.id, QStringLiteral("approved"), n.state, NoticeState::Approved, {}); !r)
            return r.error();
        QJsonObject details{{QStringLiteral("from_state"), n.state},
                            {QStringLiteral("to_state"), NoticeState::Approved},
                            {QStringLiteral("drafted_by"), n.draftedBy},
                            {QStringLiteral("body_sha256"), sha256(n.bodyMarkdown)}};
        if (n.campaignId)
            details.insert(QStringLiteral("campaign"), n.campaignId);
        if (!n.consumerName.isEmpty())
            details.insert(QStringLiteral("consumer"), n.consumerName);
        if (auto r = audit(QStringLiteral("notice.approved"), n.id, details); !r)
            return r.error();
    }
    return tx.commit();
}

Result<void> NoticeStore::reject(qint64 id, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{tr("rejecting notice %1 needs a reason; it was left as it was").arg(id)};
    auto n = notice(id);
    if (!n)
        return n.error();
    if (n->state != NoticeState::Pending && n->state != NoticeState::Approved)
        return Error{tr("notice %1 is %2; only a pending or approved notice can be rejected").arg(id).arg(n->state)};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    if (auto r = transition(*n, {NoticeState::Pending, NoticeState::Approved}, NoticeState::Draft,
                            QStringLiteral("rejected"), reason.trimmed(),
                            QStringLiteral("rejection_reason = ?, approved_by = ''"), {reason.trimmed()});
        !r)
        return r;
    return tx.commit();
}

Result<void> NoticeStore::edit(qint64 id, qint64 expectedRowVersion, const QString &subject,
                               const QString &bodyMarkdown)
{
    auto n = notice(id);
    if (!n)
        return n.error();
    if (n->rowVersion != expectedRowVersion)
        return Error{tr("notice %1 was changed by someone else since you opened it; your edit was not saved").arg(id)};
    const QStringList editable = {NoticeState::Draft, NoticeState::Pending, NoticeState::Approved, NoticeState::Failed};
    if (!editable.contains(n->state))
        return Error{tr("notice %1 is %2 and can no longer be edited").arg(id).arg(n->state)};
    if (subject.trimmed().isEmpty() || subject.contains(QLatin1Char('\n')))
        return Error{tr("a notice needs a one-line subject; your edit was not saved")};
    if (subject.contains(QStringLiteral("{{")))
        return Error{tr("the subject still holds a placeholder; your edit was not saved")};
    if (auto rendered = NoticeTemplates::render(bodyMarkdown); !rendered)
        return Error{tr("the notice does not render: %1; your edit was not saved").arg(rendered.errorMessage())};
    if (subject.trimmed() == n->subject && bodyMarkdown == n->bodyMarkdown)
        return Error{tr("nothing was changed in notice %1").arg(id)};
    QString diff;
    if (subject.trimmed() != n->subject)
        diff += QStringLiteral("--- subject\n+++ subject\n-%1\n+%2\n").arg(n->subject, subject.trimmed());
    if (bodyMarkdown != n->bodyMarkdown)
        diff += unifiedDiff(n->bodyMarkdown, bodyMarkdown, QStringLiteral("body"));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    if (auto r = transition(*n, editable, NoticeState::Pending, QStringLiteral("edited"), diff,
                            QStringLiteral("subject = ?, body_markdown = ?, last_edited_by = ?, approved_by = ''"),
                            {subject.trimmed(), bodyMarkdown, m_actor});
        !r)
        return r;
    return tx.commit();
}

Result<void> NoticeStore::cancel(qint64 id, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{tr("cancelling notice %1 needs a reason").arg(id)};
    auto n = notice(id);
    if (!n)
        return n.error();
    const QStringList unsent = {NoticeState::Draft, NoticeState::Pending, NoticeState::Approved, NoticeState::Failed};
    if (!unsent.contains(n->state))
        return Error{tr("notice %1 is %2 and cannot be cancelled").arg(id).arg(n->state)};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    if (auto r = transition(*n, unsent, NoticeState::Cancelled, QStringLiteral("cancelled"), reason.trimmed()); !r)
        return r;
    return tx.commit();
}

Result<void> NoticeStore::reschedule(qint64 id, const QDateTime &sendAt, const QString &reason)
{
    auto n = notice(id);
    if (!n)
        return n.error();
    const QStringList unsent = {NoticeState::Draft, NoticeState::Pending, NoticeState::Approved};
    if (!unsent.contains(n->state))
        return Error{tr("notice %1 is %2 and cannot be rescheduled").arg(id).arg(n->state)};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    if (auto r = transition(
            *n, {n->state}, n->state, QStringLiteral("rescheduled"),
            tr("send time %1 → %2: %3")
                .arg(n->sendAt.toUTC().toString(Qt::ISODate), sendAt.toUTC().toString(Qt::ISODate), reason.trimmed()),
            QStringLiteral("send_at = ?"), {sendAt.toMSecsSinceEpoch()});
        !r)
        return r;
    return tx.commit();
}

Result<void> NoticeStore::retry(qint64 id, const QString &note)
{
    auto n = notice(id);
    if (!n)
        return n.error();
    if (n->state != NoticeState::Failed)
        return Error{tr("notice %1 is %2; only a failed notice can be retried").arg(id).arg(n->state)};
    if (n->approvedBy.isEmpty())
        return Error{tr("notice %1 was never approved; edit or approve it instead").arg(id)};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    if (auto r = transition(*n, {NoticeState::Failed}, NoticeState::Approved, QStringLiteral("retry"),
                            note.trimmed().isEmpty() ? tr("retry requested") : note.trimmed(),
                            QStringLiteral("send_at = ?, last_error = '', lease_holder = '', lease_until = 0"),
                            {m_clock.now().toMSecsSinceEpoch()});
        !r)
        return r;
    return tx.commit();
}

Result<void> NoticeStore::confirmDelivered(qint64 id, const QString &note)
{
    if (note.trimmed().isEmpty())
        return Error{tr("confirming that notice %1 arrived needs a note (how you checked)").arg(id)};
    auto n = notice(id);
    if (!n)
        return n.error();
    if (n->state != NoticeState::Failed && n->state != NoticeState::Sending)
        return Error{tr("notice %1 is %2; only a failed or interrupted notice can be confirmed as delivered")
                         .arg(id)
                         .arg(n->state)};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    if (auto r = transition(*n, {NoticeState::Failed, NoticeState::Sending}, NoticeState::Sent,
                            QStringLiteral("delivery_confirmed"), note.trimmed(),
                            QStringLiteral("sent_at = ?, lease_holder = '', lease_until = 0"),
                            {m_clock.now().toMSecsSinceEpoch()});
        !r)
        return r;
    return tx.commit();
}

// ---- delivery ----

Result<QList<NoticeRecord>> NoticeStore::dueForSending(const QDateTime &now) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QString::fromLatin1(kNoticeSelect) +
              QStringLiteral(" WHERE n.state = 'approved' AND n.send_at <= ? ORDER BY n.urgent DESC, n.send_at, n.id"));
    bind(q, now.toMSecsSinceEpoch());
    if (auto r = Database::exec(q); !r)
        return r.error();
    QList<NoticeRecord> out;
    while (q.next())
        out << noticeFromRow(q);
    return out;
}

Result<QList<NoticeRecord>> NoticeStore::stuckSending(const QDateTime &now) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QString::fromLatin1(kNoticeSelect) +
              QStringLiteral(" WHERE n.state = 'sending' AND n.lease_until <= ? ORDER BY n.id"));
    bind(q, now.toMSecsSinceEpoch());
    if (auto r = Database::exec(q); !r)
        return r.error();
    QList<NoticeRecord> out;
    while (q.next())
        out << noticeFromRow(q);
    return out;
}

Result<bool> NoticeStore::claim(qint64 id, const QString &holder, qint64 leaseSeconds, const QString &messageId)
{
    auto n = notice(id);
    if (!n)
        return n.error();
    if (n->state != NoticeState::Approved || n->sendAt > m_clock.now())
        return false;
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE notices SET state = 'sending', lease_holder = ?, lease_until = ?,"
                             " message_id = ?, attempts = attempts + 1, updated_at = ?, row_version = row_version + 1"
                             " WHERE id = ? AND state = 'approved' AND send_at <= ?"));
    bind(q, holder);
    bind(q, now + leaseSeconds * 1000);
    bind(q, messageId);
    bind(q, now);
    bind(q, id);
    bind(q, now);
    if (auto r = Database::exec(q); !r)
        return r.error();
    if (q.numRowsAffected() != 1)
        return false; // another client claimed it first
    if (auto r = addEvent(id, QStringLiteral("sending"), NoticeState::Approved, NoticeState::Sending,
                          tr("attempt %1, Message-ID %2").arg(n->attempts + 1).arg(messageId));
        !r)
        return r.error();
    if (auto r = audit(QStringLiteral("notice.sending"), id,
                       QJsonObject{{QStringLiteral("from_state"), NoticeState::Approved},
                                   {QStringLiteral("to_state"), NoticeState::Sending},
                                   {QStringLiteral("message_id"), messageId},
                                   {QStringLiteral("attempt"), n->attempts + 1}});
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return true;
}

Result<bool> NoticeStore::takeOverClaim(qint64 id, const QString &previousHolder, const QString &holder,
                                        qint64 leaseSeconds)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE notices SET lease_holder = ?, lease_until = ?"
                             " WHERE id = ? AND state = 'sending' AND lease_holder = ?"));
    bind(q, holder);
    bind(q, now + leaseSeconds * 1000);
    bind(q, id);
    bind(q, previousHolder);
    if (auto r = Database::exec(q); !r)
        return r.error();
    return q.numRowsAffected() == 1;
}

Result<void> NoticeStore::markSent(qint64 id, const QString &holder, const QString &transportId, const QString &how)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE notices SET state = 'sent', sent_at = ?, transport_id = ?, last_error = '',"
                             " lease_holder = '', lease_until = 0, updated_at = ?, row_version = row_version + 1"
                             " WHERE id = ? AND state = 'sending' AND lease_holder = ?"));
    bind(q, now);
    bind(q, transportId);
    bind(q, now);
    bind(q, id);
    bind(q, holder);
    if (auto r = Database::exec(q); !r)
        return r;
    if (q.numRowsAffected() != 1)
        return Error{tr("notice %1 is no longer being sent by this client; its state was left as it was").arg(id)};
    auto n = notice(id);
    if (!n)
        return n.error();
    if (auto r = addEvent(id, QStringLiteral("sent"), NoticeState::Sending, NoticeState::Sent,
                          how.isEmpty() ? tr("accepted by the mail transport as %1").arg(transportId) : how);
        !r)
        return r;
    QJsonObject details{{QStringLiteral("from_state"), NoticeState::Sending},
                        {QStringLiteral("to_state"), NoticeState::Sent},
                        {QStringLiteral("message_id"), n->messageId},
                        {QStringLiteral("transport_id"), transportId},
                        {QStringLiteral("recipient"), n->recipient}};
    if (!how.isEmpty())
        details.insert(QStringLiteral("resolved"), how);
    if (n->campaignId)
        details.insert(QStringLiteral("campaign"), n->campaignId);
    if (!n->consumerName.isEmpty())
        details.insert(QStringLiteral("consumer"), n->consumerName);
    if (auto r = audit(QStringLiteral("notice.sent"), id, details); !r)
        return r;
    return tx.commit();
}

Result<void> NoticeStore::markAttemptFailed(qint64 id, const QString &holder, const QString &error,
                                            const std::optional<QDateTime> &retryAt)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const QString to = retryAt ? NoticeState::Approved : NoticeState::Failed;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE notices SET state = ?, last_error = ?, send_at = COALESCE(?, send_at),"
                             " lease_holder = '', lease_until = 0, updated_at = ?, row_version = row_version + 1"
                             " WHERE id = ? AND state = 'sending' AND lease_holder = ?"));
    bind(q, to);
    bind(q, error);
    bind(q, retryAt ? QVariant(retryAt->toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>()));
    bind(q, now);
    bind(q, id);
    bind(q, holder);
    if (auto r = Database::exec(q); !r)
        return r;
    if (q.numRowsAffected() != 1)
        return Error{tr("notice %1 is no longer being sent by this client; its state was left as it was").arg(id)};
    const QString action = retryAt ? QStringLiteral("send_deferred") : QStringLiteral("failed");
    const QString detail =
        retryAt ? tr("%1; next attempt at %2").arg(error, retryAt->toUTC().toString(Qt::ISODate)) : error;
    if (auto r = addEvent(id, action, NoticeState::Sending, to, detail); !r)
        return r;
    if (auto r = audit(QStringLiteral("notice.") + action, id,
                       QJsonObject{{QStringLiteral("from_state"), NoticeState::Sending},
                                   {QStringLiteral("to_state"), to},
                                   {QStringLiteral("error"), error}});
        !r)
        return r;
    return tx.commit();
}

Result<bool> NoticeStore::runWasNotified(qint64 runId) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM notices WHERE run_id = ? AND state = 'sent'"
                             " AND kind IN ('migration', 'emergency')"));
    bind(q, runId);
    if (auto r = Database::exec(q); !r)
        return r.error();
    return q.next() && q.value(0).toLongLong() > 0;
}

} // namespace keyturn
