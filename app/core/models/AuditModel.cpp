#include "AuditModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyturn {

namespace {
/// How many bounded scans one fetch may run while they find nothing, before it reports the search as cut off.
constexpr int kScansPerFetch = 3;
constexpr int kSummaryChars = 160;

AuditOrder reversed(AuditOrder order)
{
    return order == AuditOrder::NewestFirst ? AuditOrder::OldestFirst : AuditOrder::NewestFirst;
}

QString summarize(const QByteArray &details)
{
    const QJsonObject o = QJsonDocument::fromJson(details).object();
    if (o.isEmpty())
        return details == "{}" ? QString() : QString::fromUtf8(details).left(kSummaryChars);
    QStringList parts;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (v.isString())
            text = v.toString();
        else if (v.isBool())
            text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (v.isDouble())
            text = QString::number(v.toDouble(), 'g', 15);
        else if (v.isNull())
            text = QStringLiteral("null");
        else
            text = QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                                 : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        parts << it.key() + QLatin1Char('=') + text;
    }
    QString out = parts.join(QLatin1String(", "));
    if (out.size() > kSummaryChars)
        out = out.left(kSummaryChars - 1) + QChar(0x2026);
    return out;
}

/// Marks the model as changing for the life of a begin…/end… sequence.
class ChangeGuard
{
public:
    explicit ChangeGuard(bool &flag) : m_flag(flag) { m_flag = true; }
    ~ChangeGuard() { m_flag = false; }
    ChangeGuard(const ChangeGuard &) = delete;
    ChangeGuard &operator=(const ChangeGuard &) = delete;

private:
    bool &m_flag;
};
} // namespace

AuditModel::AuditModel(const Database &db, QObject *parent) : QAbstractTableModel(parent), m_query(db) {}

AuditModel::Row AuditModel::makeRow(AuditEvent event) const
{
    Row r;
    r.summary = summarize(event.details);
    r.event = std::move(event);
    return r;
}

void AuditModel::fail(const QString &message)
{
    m_error = message;
    Q_EMIT errorOccurred(message);
}

void AuditModel::setCutOff(const AuditPage &page)
{
    const bool cut = page.scanCutOff && page.events.isEmpty();
    const QDateTime to = page.scanCutOff ? page.scannedTo : QDateTime();
    if (cut == m_cutOff && to == m_searchedTo)
        return;
    m_cutOff = cut;
    m_searchedTo = to;
    Q_EMIT searchStateChanged();
}

Result<AuditPage> AuditModel::fetch(bool forward, qint64 afterId)
{
    const AuditOrder order = forward ? m_order : reversed(m_order);
    Result<AuditPage> page = m_query.page(m_filter, order, afterId, m_pageSize);
    for (int scans = 1; page && page->events.isEmpty() && page->scanCutOff && scans < kScansPerFetch; ++scans)
        page = m_query.page(m_filter, order, page->resumeAfterId, m_pageSize);
    return page;
}

bool AuditModel::setFilter(const AuditFilter &filter)
{
    if (m_changing)
        return false;
    m_filter = filter;
    ChangeGuard guard(m_changing);
    beginResetModel();
    m_rows.clear();
    m_top = End{};
    m_bottom = End{};
    m_error.clear();
    auto page = fetch(true, 0);
    if (page) {
        m_rows.reserve(page->events.size());
        for (AuditEvent &e : page->events)
            m_rows.append(makeRow(std::move(e)));
        m_bottom = End{page->atEnd, page->resumeAfterId};
    }
    endResetModel();
    m_changing = false;
    if (!page) {
        fail(page.errorMessage());
        return false;
    }
    setCutOff(*page);
    return true;
}

void AuditModel::setOrder(AuditOrder order)
{
    if (order == m_order)
        return;
    m_order = order;
    setFilter(m_filter);
}

void AuditModel::refresh()
{
    setFilter(m_filter);
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const AuditEvent &e = row.event;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: return e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Actor: return e.actor;
        case Action: return e.action;
        case Target: return e.targetId.isEmpty() ? e.targetType : e.targetType + QLatin1Char(' ') + e.targetId;
        case KeyVersion: return e.keyVersion ? QVariant(*e.keyVersion) : QVariant();
        case OldFingerprint: return e.oldFingerprint;
        case NewFingerprint: return e.newFingerprint;
        case Details: return row.summary;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Time: return isoUtc(e.at);
        case Details: return QString::fromUtf8(e.details);
        default: return {};
        }
    case EventIdRole: return e.id;
    case EventRole: return QVariant::fromValue(e);
    case CanonicalJsonRole: return QString::fromUtf8(canonicalJson(e));
    case HashRole: return QString::fromLatin1(e.hash);
    case TargetTypeRole: return e.targetType;
    case TargetIdRole: return e.targetId;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time (UTC)");
    case Actor: return tr("Actor");
    case Action: return tr("Action");
    case Target: return tr("Target");
    case KeyVersion: return tr("Key version");
    case OldFingerprint: return tr("Old fingerprint");
    case NewFingerprint: return tr("New fingerprint");
    case Details: return tr("Details");
    }
    return {};
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_bottom.atEnd && !m_changing;
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_bottom.atEnd || m_changing)
        return;
    ChangeGuard guard(m_changing);
    auto page = fetch(true, m_bottom.resumeAfterId);
    if (!page)
        return fail(page.errorMessage());
    m_bottom = End{page->atEnd, page->resumeAfterId};
    setCutOff(*page);
    if (page->events.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->events.size()) - 1);
    for (AuditEvent &e : page->events)
        m_rows.append(makeRow(std::move(e)));
    endInsertRows();
    const int excess = int(m_rows.size()) - m_maxRows;
    if (excess > 0) {
        beginRemoveRows({}, 0, excess - 1);
        m_rows.remove(0, excess);
        endRemoveRows();
        m_top = End{false, m_rows.first().event.id};
    }
}

bool AuditModel::canFetchPrevious() const
{
    return !m_top.atEnd && !m_changing;
}

void AuditModel::fetchPrevious()
{
    if (m_top.atEnd || m_changing)
        return;
    ChangeGuard guard(m_changing);
    auto page = fetch(false, m_top.resumeAfterId);
    if (!page)
        return fail(page.errorMessage());
    m_top = End{page->atEnd, page->resumeAfterId};
    setCutOff(*page);
    if (page->events.isEmpty())
        return;
    const int count = int(page->events.size());
    beginInsertRows({}, 0, count - 1);
    QList<Row> rows;
    rows.reserve(count + m_rows.size());
    for (auto it = page->events.rbegin(); it != page->events.rend(); ++it)
        rows.append(makeRow(std::move(*it)));
    rows.append(std::move(m_rows));
    m_rows = std::move(rows);
    endInsertRows();
    const int excess = int(m_rows.size()) - m_maxRows;
    if (excess > 0) {
        const int keep = int(m_rows.size()) - excess;
        beginRemoveRows({}, keep, int(m_rows.size()) - 1);
        m_rows.resize(keep);
        endRemoveRows();
        m_bottom = End{false, m_rows.last().event.id};
    }
}

int AuditModel::rowOfEvent(qint64 eventId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).event.id == eventId)
            return i;
    }
    return -1;
}

int AuditModel::locateEvent(qint64 eventId)
{
    if (const int row = rowOfEvent(eventId); row >= 0)
        return row;
    if (m_changing)
        return -1;
    auto window = m_query.pageAround(m_filter, eventId, m_pageSize);
    if (!window) {
        m_error = window.errorMessage();
        return -1;
    }
    ChangeGuard guard(m_changing);
    beginResetModel();
    m_rows.clear();
    const End newer{window->newerAtEnd, window->newerResumeId};
    const End older{window->olderAtEnd, window->olderResumeId};
    int focus = window->focus;
    if (m_order == AuditOrder::NewestFirst) {
        for (AuditEvent &e : window->events)
            m_rows.append(makeRow(std::move(e)));
        m_top = newer;
        m_bottom = older;
    } else {
        for (auto it = window->events.rbegin(); it != window->events.rend(); ++it)
            m_rows.append(makeRow(std::move(*it)));
        focus = int(m_rows.size()) - 1 - focus;
        m_top = older;
        m_bottom = newer;
    }
    endResetModel();
    m_changing = false;
    m_error.clear();
    return focus;
}

} // namespace keyturn
