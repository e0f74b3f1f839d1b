#include "NoticesModel.h"

#include <QHash>
#include <QSet>

namespace keyturn {

NoticesModel::NoticesModel(const NoticeStore &store, QObject *parent) : QAbstractTableModel(parent), m_store(store) {}

int NoticesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notices.size());
}

int NoticesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int NoticesModel::rowOfNotice(qint64 noticeId) const
{
    for (int i = 0; i < m_notices.size(); ++i) {
        if (m_notices.at(i).id == noticeId)
            return i;
    }
    return -1;
}

QString NoticesModel::utcText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}

QString NoticesModel::stateLabel(const QString &state)
{
    static const QHash<QString, const char *> labels = {
        {NoticeState::Draft, QT_TR_NOOP("draft")},       {NoticeState::Pending, QT_TR_NOOP("waiting for approval")},
        {NoticeState::Approved, QT_TR_NOOP("approved")}, {NoticeState::Sending, QT_TR_NOOP("sending")},
        {NoticeState::Sent, QT_TR_NOOP("sent")},         {NoticeState::Failed, QT_TR_NOOP("failed")},
        {NoticeState::Rejected, QT_TR_NOOP("rejected")}, {NoticeState::Cancelled, QT_TR_NOOP("cancelled")},
    };
    const auto it = labels.constFind(state);
    return it != labels.constEnd() ? tr(it.value()) : state;
}

QString NoticesModel::kindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels = {
        {NoticeKind::Migration, QT_TR_NOOP("migration")},
        {NoticeKind::Reminder, QT_TR_NOOP("reminder")},
        {NoticeKind::Emergency, QT_TR_NOOP("emergency")},
        {NoticeKind::Extension, QT_TR_NOOP("extension")},
    };
    const auto it = labels.constFind(kind);
    return it != labels.constEnd() ? tr(it.value()) : kind;
}

QVariant NoticesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NoticeRecord &notice = m_notices.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case NoticeIdRole: return notice.id;
    case StateNameRole: return notice.state;
    case UrgentRole: return notice.urgent;
    case Qt::ToolTipRole:
        switch (column) {
        case State:
            if (notice.state == NoticeState::Draft && !notice.rejectionReason.isEmpty())
                return tr("Rejected: %1").arg(notice.rejectionReason);
            if (notice.state == NoticeState::Failed && !notice.lastError.isEmpty())
                return notice.lastError;
            return {};
        case Kind:
            if (notice.kind == NoticeKind::Reminder && notice.reminderDays > 0)
                return notice.reminderDays == 1 ? tr("Reminder 1 day before the deadline")
                                                : tr("Reminder %1 days before the deadline").arg(notice.reminderDays);
            return notice.urgent ? tr("Urgent: sent before any other notice") : QVariant();
        case Consumer: return notice.recipient;
        case Subject: return notice.subject;
        case SendAt:
            if (notice.sentAt.isValid())
                return tr("Sent %1").arg(utcText(notice.sentAt));
            return notice.deadlineAt.isValid() ? tr("Deadline %1").arg(utcText(notice.deadlineAt)) : QVariant();
        case DraftedBy:
            return notice.lastEditedBy.isEmpty() ? QVariant() : tr("Last edited by %1").arg(notice.lastEditedBy);
        default: return {};
        }
    case SortRole:
        switch (column) {
        case State: return int(NoticeState::all().indexOf(notice.state));
        // Urgent notices sort first within their kind's label.
        case Kind: return QString(QLatin1Char(notice.urgent ? '0' : '1') + kindLabel(notice.kind));
        case SendAt: return notice.sendAt.isValid() ? notice.sendAt.toMSecsSinceEpoch() : qint64(0);
        default: break;
        }
        Q_FALLTHROUGH();
    case Qt::DisplayRole:
        switch (column) {
        case State: return stateLabel(notice.state);
        case Kind: return notice.urgent ? tr("%1 (urgent)").arg(kindLabel(notice.kind)) : kindLabel(notice.kind);
        case Consumer: return notice.consumerName.isEmpty() ? notice.recipient : notice.consumerName;
        case Key: return notice.credentialName;
        case Campaign: return notice.campaignName;
        case Subject: return notice.subject;
        case SendAt: return utcText(notice.sendAt);
        case DraftedBy: return notice.draftedBy;
        case ApprovedBy: return notice.approvedBy;
        case ColumnCount: break;
        }
        return {};
    default: return {};
    }
}

QVariant NoticesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case State: return tr("State");
    case Kind: return tr("Kind");
    case Consumer: return tr("Consumer");
    case Key: return tr("Key");
    case Campaign: return tr("Campaign");
    case Subject: return tr("Subject");
    case SendAt: return tr("Send at");
    case DraftedBy: return tr("Drafted by");
    case ApprovedBy: return tr("Approved by");
    case ColumnCount: break;
    }
    return {};
}

void NoticesModel::setStates(const QStringList &states)
{
    m_filter.states = states;
    reload();
}

void NoticesModel::reload()
{
    auto loaded = m_store.notices(m_filter);
    if (!loaded) {
        Q_EMIT loadFailed(loaded.errorMessage());
        return;
    }
    const QList<NoticeRecord> fresh = std::move(loaded.value());
    QSet<qint64> freshIds;
    for (const NoticeRecord &n : fresh)
        freshIds.insert(n.id);

    // Rows that are no longer listed go, bottom up, a contiguous range at a time.
    for (int i = int(m_notices.size()) - 1; i >= 0;) {
        if (freshIds.contains(m_notices.at(i).id)) {
            --i;
            continue;
        }
        const int last = i;
        while (i >= 0 && !freshIds.contains(m_notices.at(i).id))
            --i;
        beginRemoveRows({}, i + 1, last);
        m_notices.remove(i + 1, last - i);
        endRemoveRows();
    }

    // The kept rows normally come in the order they were shown; when the store's order changed, start over.
    QSet<qint64> kept;
    for (const NoticeRecord &n : std::as_const(m_notices))
        kept.insert(n.id);
    int k = 0;
    bool sameOrder = true;
    for (const NoticeRecord &n : fresh) {
        if (!kept.contains(n.id))
            continue;
        sameOrder = m_notices.at(k++).id == n.id;
        if (!sameOrder)
            break;
    }
    if (!sameOrder) {
        beginResetModel();
        m_notices = fresh;
        endResetModel();
        Q_EMIT reloaded();
        return;
    }

    for (int i = 0; i < fresh.size();) {
        if (i < m_notices.size() && m_notices.at(i).id == fresh.at(i).id) {
            m_notices[i] = fresh.at(i);
            ++i;
            continue;
        }
        int end = i;
        while (end < fresh.size() && !kept.contains(fresh.at(end).id))
            ++end;
        Q_ASSERT(end > i);
        beginInsertRows({}, i, end - 1);
        for (int j = i; j < end; ++j)
            m_notices.insert(j, fresh.at(j));
        endInsertRows();
        i = end;
    }
    // Any kept row may have changed (state, approver, subject).
    if (!m_notices.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_notices.size()) - 1, ColumnCount - 1));
    Q_EMIT reloaded();
}

void NoticesModel::refreshNotices(const QList<qint64> &ids)
{
    bool changed = false;
    for (const qint64 id : ids) {
        auto fresh = m_store.notice(id);
        const int row = rowOfNotice(id);
        const bool listed = fresh.ok() && (m_filter.states.isEmpty() || m_filter.states.contains(fresh->state)) &&
                            (!m_filter.campaignId || fresh->campaignId == m_filter.campaignId) &&
                            (!m_filter.runId || fresh->runId == m_filter.runId) &&
                            (!m_filter.consumerId || fresh->consumerId == m_filter.consumerId);
        if (!fresh.ok() && row < 0)
            continue; // gone, and not shown
        if (listed && row >= 0) {
            m_notices[row] = *fresh;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else if (listed) {
            const int at = int(m_notices.size());
            beginInsertRows({}, at, at);
            m_notices.append(*fresh);
            endInsertRows();
        } else if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_notices.removeAt(row);
            endRemoveRows();
        } else {
            continue;
        }
        changed = true;
    }
    if (changed)
        Q_EMIT reloaded();
}

} // namespace keyturn
