#include "ConsumersModel.h"

#include "../Workspace.h"
#include "../domain/Clock.h"
#include "../notices/NoticeStore.h"
#include "InventoryModel.h"

#include <QHash>

#include <limits>

namespace keyturn {

namespace {

QString utcText(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QDateTime fromIso(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC() : QDateTime();
}

/// Which of a consumer's runs in one campaign stands for them: one still to migrate before one that is done, the
/// nearer deadline first.
bool standsBefore(const ConsumerMigration &a, const ConsumerMigration &b)
{
    const bool pendingA = ConsumersModel::isPendingMigration(a.state);
    const bool pendingB = ConsumersModel::isPendingMigration(b.state);
    if (pendingA != pendingB)
        return pendingA;
    if (a.deadlineAt != b.deadlineAt)
        return a.deadlineAt.isValid() && (!b.deadlineAt.isValid() || a.deadlineAt < b.deadlineAt);
    return a.runId < b.runId;
}

} // namespace

ConsumersModel::ConsumersModel(WorkspaceStore &store, const NoticeStore &notices, const CampaignNotices &campaigns,
                               const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_notices(notices), m_campaigns(campaigns), m_clock(clock)
{}

ConsumersModel::ConsumersModel(Workspace &workspace, QObject *parent)
    : ConsumersModel(workspace.store(), workspace.notices(), workspace.campaignNotices(), workspace.clock(), parent)
{}

QStringList ConsumersModel::migrationStates()
{
    return {QStringLiteral("to_notify"), QStringLiteral("notified"), QStringLiteral("reminded"),
            QStringLiteral("extended"),  QStringLiteral("migrated"), QStringLiteral("unmigrated"),
            QStringLiteral("revoked")};
}

QString ConsumersModel::migrationStateText(const QString &state)
{
    if (state == QLatin1String("to_notify"))
        return tr("to notify");
    if (state == QLatin1String("notified"))
        return tr("notified");
    if (state == QLatin1String("reminded"))
        return tr("reminded");
    if (state == QLatin1String("extended"))
        return tr("extended");
    if (state == QLatin1String("migrated"))
        return tr("migrated");
    if (state == QLatin1String("unmigrated"))
        return tr("unmigrated");
    if (state == QLatin1String("revoked"))
        return tr("revoked");
    return state;
}

bool ConsumersModel::isPendingMigration(const QString &state)
{
    return !state.isEmpty() && state != QLatin1String("migrated") && state != QLatin1String("revoked");
}

int ConsumersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConsumersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsumersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const auto column = Column(index.column());
    const ConsumerMigration *m = row.migration ? &*row.migration : nullptr;
    if (role == MigrationStateRole)
        return m ? m->state : QString();
    if (role == InOpenCampaignRole)
        return m != nullptr && row.campaignOpen;
    if (role == Qt::ToolTipRole) {
        if (column == LastUsed)
            return row.lastUsedAt.isValid() ? InventoryModel::isoUtcText(row.lastUsedAt) : tr("Never seen in use");
        if (!m)
            return {};
        switch (column) {
        case Campaign: return row.campaignOpen ? tr("Open campaign") : tr("Closed campaign");
        case Migration: return row.migrationNote;
        case Deadline: {
            const QDateTime now = m_clock.now();
            if (!m->deadlineAt.isValid())
                return {};
            const int days = wholeDaysBetween(now, m->deadlineAt);
            return m->deadlineAt > now ? tr("in %n d", nullptr, days)
                                       : tr("passed %n d ago", nullptr, wholeDaysBetween(m->deadlineAt, now));
        }
        case Notices:
            return m->lastNoticeAt.isValid()
                       ? tr("Sent: %1, the last on %2. Waiting for approval or their send time: %3.")
                             .arg(m->noticesSent)
                             .arg(utcText(m->lastNoticeAt))
                             .arg(m->noticesWaiting)
                       : tr("Sent: none. Waiting for approval or their send time: %1.").arg(m->noticesWaiting);
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (column) {
        case Keys: return row.keys;
        case LastUsed: return row.lastUsedAt.isValid() ? row.lastUsedAt.toMSecsSinceEpoch() : qint64(0);
        case Migration: {
            // consumers in no campaign come after every state
            static const QStringList states = migrationStates();
            const qsizetype rank = m ? states.indexOf(m->state) : -1;
            return rank < 0 ? int(states.size()) + (m ? 0 : 1) : int(rank);
        }
        case Deadline:
            return m && m->deadlineAt.isValid() ? m->deadlineAt.toMSecsSinceEpoch()
                                                : std::numeric_limits<qint64>::max();
        case Notices: return m ? qint64(m->noticesSent) * 100000 + m->noticesWaiting : qint64(-1);
        default: break;
        }
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case Name: return row.consumer.name;
    case ExternalId: return row.consumer.externalId;
    case Contact: return row.consumer.contactEmail;
    case Integration: return row.consumer.integrationPattern;
    case Keys: return row.keys;
    case LastUsed: {
        if (!row.lastUsedAt.isValid())
            return tr("never");
        const int days = wholeDaysBetween(row.lastUsedAt, m_clock.now());
        return days <= 0 ? tr("today") : tr("%n d ago", nullptr, days);
    }
    case Campaign: return m ? row.campaignName : QString();
    case Migration: return m ? migrationStateText(m->state) : QString();
    case Deadline: return m && m->deadlineAt.isValid() ? utcText(m->deadlineAt) : QString();
    case Notices: return m ? tr("%1 sent, %2 waiting").arg(m->noticesSent).arg(m->noticesWaiting) : QString();
    case ColumnCount: break;
    }
    return {};
}

QVariant ConsumersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name: return tr("Consumer");
    case ExternalId: return tr("Platform id");
    case Contact: return tr("Contact");
    case Integration: return tr("Integration");
    case Keys: return tr("Keys");
    case LastUsed: return tr("Last used");
    case Campaign: return tr("Campaign");
    case Migration: return tr("Migration");
    case Deadline: return tr("Deadline");
    case Notices: return tr("Notices");
    case ColumnCount: break;
    }
    return {};
}

QString ConsumersModel::describeMigration(const ConsumerMigration &m) const
{
    QJsonObject data;
    QString runState = m.runState;
    if (auto run = m_store.run(m.runId)) {
        data = run->data;
        runState = run->state;
    }
    NoticeFilter filter;
    filter.runId = m.runId;
    auto listed = m_notices.notices(filter);
    const QList<NoticeRecord> notices = listed ? *listed : QList<NoticeRecord>();
    const QString consumerState = data.value(QStringLiteral("consumer_state")).toString();
    const QString progress = consumerState == QLatin1String("new_key_created") ? tr("new key created, not used yet")
                                                                               : tr("new key not used yet");
    const QString deadline = m.deadlineAt.isValid() ? utcText(m.deadlineAt) : tr("no deadline");

    if (m.state == QLatin1String("to_notify")) {
        for (const NoticeRecord &n : notices) {
            if (n.kind != NoticeKind::Migration && n.kind != NoticeKind::Emergency)
                continue;
            if (n.state == NoticeState::Pending)
                return tr("Not told yet: the first notice waits for approval in the queue.");
            if (n.state == NoticeState::Approved || n.state == NoticeState::Sending)
                return tr("Not told yet: the first notice is approved and goes out at %1.").arg(utcText(n.sendAt));
            if (n.state == NoticeState::Draft)
                return tr("Not told yet: the first notice was rejected and waits to be edited.");
            if (n.state == NoticeState::Failed)
                return tr("Not told yet: sending the first notice failed (%1).").arg(n.lastError);
        }
        return tr("Not told yet: no notice is drafted (see the notice settings and the alerts).");
    }
    if (m.state == QLatin1String("notified"))
        return tr("Notified on %1; %2.").arg(utcText(m.lastNoticeAt), progress);
    if (m.state == QLatin1String("reminded")) {
        int days = 0;
        QDateTime latest;
        for (const NoticeRecord &n : notices) {
            if (n.kind == NoticeKind::Reminder && n.state == NoticeState::Sent &&
                (!latest.isValid() || n.sentAt > latest)) {
                latest = n.sentAt;
                days = n.reminderDays;
            }
        }
        return days == 1 ? tr("Reminded 1 day before the deadline; %1.").arg(progress)
                         : tr("Reminded %1 days before the deadline; %2.").arg(days).arg(progress);
    }
    if (m.state == QLatin1String("extended")) {
        const QDateTime previous = fromIso(data.value(QStringLiteral("previous_deadline_at")));
        return tr("Deadline extended to %1 (it was %2); %3.")
            .arg(deadline, previous.isValid() ? utcText(previous) : tr("earlier"), progress);
    }
    if (m.state == QLatin1String("migrated")) {
        return consumerState == QLatin1String("old_key_quiet")
                   ? tr("Migrated: the new key is in use and the old key has gone quiet.")
                   : tr("Migrated: the new key is in use; the old key still sees calls.");
    }
    if (m.state == QLatin1String("unmigrated")) {
        return runState == QLatin1String("escalated")
                   ? tr("The deadline (%1) passed and the new key is not used yet: the run waits for an engineer to "
                        "extend the deadline or decide.")
                         .arg(deadline)
                   : tr("The deadline (%1) passed and the new key is not used yet.").arg(deadline);
    }
    if (m.state == QLatin1String("revoked")) {
        if (data.value(QStringLiteral("revoked_by")).toString() == QLatin1String("consumer"))
            return tr("The consumer revoked their old key themselves.");
        if (data.value(QStringLiteral("revoked_unmigrated")).toBool())
            return tr("The old key was revoked at the deadline before the consumer migrated.");
        return tr("The old key was revoked after the consumer migrated.");
    }
    return migrationStateText(m.state);
}

void ConsumersModel::reload()
{
    auto consumers = m_store.consumers();
    if (!consumers) {
        Q_EMIT loadFailed(consumers.errorMessage());
        return;
    }
    auto keys = m_store.keysPerConsumer();
    if (!keys) {
        Q_EMIT loadFailed(keys.errorMessage());
        return;
    }
    auto campaigns = m_notices.campaigns();
    if (!campaigns) {
        Q_EMIT loadFailed(campaigns.errorMessage());
        return;
    }
    auto status = m_campaigns.migrationStatus();
    if (!status) {
        Q_EMIT loadFailed(status.errorMessage());
        return;
    }
    QHash<qint64, Row> byId;
    for (const Consumer &c : *consumers) {
        const WorkspaceStore::ConsumerKeys k = keys->value(c.id);
        byId.insert(c.id, Row{c, k.keys, k.lastUsedAt, {}, {}, false, {}});
    }

    QHash<qint64, CampaignRecord> campaignById;
    for (const CampaignRecord &c : *campaigns)
        campaignById.insert(c.id, c);
    QHash<qint64, QList<ConsumerMigration>> byConsumer;
    for (const ConsumerMigration &m : *status) {
        if (m.consumerId && byId.contains(m.consumerId))
            byConsumer[m.consumerId].append(m);
    }
    for (auto it = byConsumer.cbegin(); it != byConsumer.cend(); ++it) {
        // the latest open campaign the consumer is in, else the latest one
        qint64 chosen = -1;
        bool chosenOpen = false;
        for (const ConsumerMigration &m : it.value()) {
            const bool open = campaignById.value(m.campaignId).state == QLatin1String("open");
            if (chosen < 0 || (open && !chosenOpen) || (open == chosenOpen && m.campaignId > chosen)) {
                chosen = m.campaignId;
                chosenOpen = open;
            }
        }
        std::optional<ConsumerMigration> pick;
        int sent = 0;
        int waiting = 0;
        QDateTime lastNotice;
        for (const ConsumerMigration &m : it.value()) {
            if (m.campaignId != chosen)
                continue;
            sent += m.noticesSent;
            waiting += m.noticesWaiting;
            if (m.lastNoticeAt.isValid() && (!lastNotice.isValid() || m.lastNoticeAt > lastNotice))
                lastNotice = m.lastNoticeAt;
            if (!pick || standsBefore(m, *pick))
                pick = m;
        }
        pick->noticesSent = sent;
        pick->noticesWaiting = waiting;
        pick->lastNoticeAt = lastNotice;
        Row &row = byId[it.key()];
        row.migration = pick;
        row.campaignName = campaignById.value(chosen).name;
        row.campaignOpen = chosenOpen;
        row.migrationNote = describeMigration(*pick);
    }

    QList<Row> fresh;
    fresh.reserve(consumers->size());
    for (const Consumer &c : *consumers)
        fresh.append(byId.value(c.id));
    beginResetModel();
    m_rows = std::move(fresh);
    endResetModel();
}

} // namespace keyturn
