#include "CalendarModel.h"

#include "../Memory.h"

#include "../domain/Clock.h"
#include "../store/WorkspaceStore.h"
#include "InventoryModel.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cstring>
#include <numeric>

namespace keyturn {

namespace {
constexpr qint64 kDayMs = 86400000;

QString minuteText(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString dayText(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
}

QStringList sharedServices(const QStringList &a, const QStringList &b)
{
    QStringList out;
    for (const QString &s : a) {
        if (b.contains(s) && !out.contains(s))
            out.append(s);
    }
    return out;
}

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

/// How many bytes writeFolded() writes for `text`.
qsizetype foldedSize(QStringView text)
{
    return isAscii(text) ? text.size() : InventoryModel::foldForSearch(text).size();
}

/// Writes `text` case-folded as UTF-8 (as InventoryModel::foldForSearch does) at `out`; returns the end.
char *writeFolded(char *out, QStringView text)
{
    if (!isAscii(text)) {
        const QByteArray folded = InventoryModel::foldForSearch(text);
        std::memcpy(out, folded.constData(), size_t(folded.size()));
        return out + folded.size();
    }
    for (const QChar c : text) {
        const char b = char(c.unicode());
        *out++ = b >= 'A' && b <= 'Z' ? char(b - 'A' + 'a') : b;
    }
    return out;
}

/// Days since 1970-01-01 (a Thursday) of the Monday of the UTC week `ms` falls in.
qint64 mondayOf(qint64 ms)
{
    const qint64 day = ms >= 0 ? ms / kDayMs : -((-ms + kDayMs - 1) / kDayMs);
    return day - ((day % 7 + 7 + 3) % 7);
}

QDate dateOfDay(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day);
}
} // namespace

CalendarModel::CalendarModel(WorkspaceStore &store, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_clock(clock), m_searchStart{0}
{}

int CalendarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.size());
}

int CalendarModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QList<CalendarModel::Flag> CalendarModel::allFlags()
{
    return {Collision, Blackout, NoOverlap, Overdue};
}

QString CalendarModel::flagLabel(Flag flag)
{
    switch (flag) {
    case Collision: return tr("collision");
    case Blackout: return tr("blackout");
    case NoOverlap: return tr("no overlap possible");
    case Overdue: return tr("overdue");
    case NoFlag: break;
    }
    return {};
}

int CalendarModel::flagCount(Flag flag) const
{
    const QList<Flag> flags = allFlags();
    const qsizetype k = flags.indexOf(flag);
    return k < 0 ? 0 : m_flagCounts[size_t(k)];
}

CalendarModel::Row CalendarModel::rowAt(int row) const
{
    return Row{m_plan.keyOf(row),   m_plan.due(row),        m_plan.startsAt(row),
               m_plan.overdue(row), m_plan.blackoutOf(row), flagsAt(row)};
}

qint64 CalendarModel::weekAt(int row) const
{
    return mondayOf(startsAtMs(row));
}

QString CalendarModel::collisionReason(int row, int partner) const
{
    // as the pair was found: `a` is the one that starts first (the earlier row)
    const int a = std::min(row, partner);
    const int b = std::max(row, partner);
    const QString services = sharedServices(m_plan.keyOf(a).usedBy, m_plan.keyOf(b).usedBy).join(QStringLiteral(", "));
    const QDateTime startA = m_plan.startsAt(a);
    const QDateTime startB = m_plan.startsAt(b);
    const QString when = dayText(startA) == dayText(startB)
                             ? tr("rotate on %1").arg(dayText(startA))
                             : tr("rotate within 24 h (%1 and %2 UTC)").arg(minuteText(startA), minuteText(startB));
    return tr("%1 and %2 both serve %3 and %4").arg(m_plan.keyOf(row).name, m_plan.keyOf(partner).name, services, when);
}

QStringList CalendarModel::reasonsAt(int row) const
{
    QStringList out;
    const auto add = [&out](const QString &reason) {
        if (!out.contains(reason))
            out.append(reason);
    };
    const SchedulePlan::Key &key = m_plan.keyOf(row);
    if (m_plan.overdue(row))
        add(tr("Due since %1 UTC: the next run-due starts it").arg(minuteText(m_plan.due(row))));
    if (const BlackoutWindow *window = m_plan.blackoutOf(row))
        add(tr("Planned inside the blackout window %1: the scheduler starts it at %2 UTC")
                .arg(window->describe(), minuteText(m_plan.startsAt(row))));
    if (!key.supportsDualKey)
        add(tr("%1 cannot hold two keys at once: rotating %2 means an outage window, so run-due leaves it to an "
               "operator")
                .arg(key.provider, key.name));
    for (const qint32 partner : partnersAt(row)) {
        if (partner < 0)
            break;
        add(collisionReason(row, partner));
    }
    return out;
}

QVariant CalendarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const SchedulePlan::Key &key = m_plan.keyOf(row);
    const int flags = flagsAt(row);
    const auto column = Column(index.column());

    switch (role) {
    case FlagsRole: return flags;
    case FlagReasonsRole: return reasonsAt(row);
    case CredentialIdRole: return key.id;
    case TimestampRole: return m_plan.startsAt(row);
    case WeekStartRole: return dateOfDay(weekAt(row));
    case SortRole:
        switch (column) {
        case Week:
        case Date: return m_plan.startsAt(row);
        case Flags: return flags;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (column) {
        case Week: {
            const QDate monday = dateOfDay(weekAt(row));
            return tr("Week %1 · %2")
                .arg(monday.weekNumber())
                //: the date format of the week's Monday (QDate format: d day, MMM month's short name, yyyy year)
                .arg(QLocale().toString(monday, tr("d MMM yyyy")));
        }
        case Date: return minuteText(m_plan.startsAt(row));
        case Key: return key.name;
        case Provider: return key.provider;
        case Environment: return key.environment;
        case Services: return key.usedBy.join(QStringLiteral(", "));
        case Schedule: return Scheduler::scheduleText(key.scheduleCron, key.rotationIntervalDays);
        case Flags: {
            QStringList labels;
            for (Flag f : allFlags()) {
                if (flags & f)
                    labels.append(flagLabel(f));
            }
            return labels.join(QStringLiteral(", "));
        }
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Date) {
            const SchedulePlan::Entry &e = m_plan.at(row);
            if (e.startsAtMs != e.dueMs)
                return tr("Due %1 UTC; starts %2 UTC")
                    .arg(minuteText(m_plan.due(row)), minuteText(m_plan.startsAt(row)));
            return tr("%1 UTC").arg(minuteText(m_plan.startsAt(row)));
        }
        if (column == Flags || flags != NoFlag) {
            const QStringList reasons = reasonsAt(row);
            return reasons.isEmpty() ? tr("Nothing to look at") : reasons.join(QLatin1Char('\n'));
        }
        return {};
    default: return {};
    }
}

QVariant CalendarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Week: return tr("Week");
    case Date: return tr("Date (UTC)");
    case Key: return tr("Key");
    case Provider: return tr("Provider");
    case Environment: return tr("Environment");
    case Services: return tr("Services");
    case Schedule: return tr("Schedule");
    case Flags: return tr("Flags");
    case ColumnCount: break;
    }
    return {};
}

void CalendarModel::setHorizonWeeks(int weeks)
{
    m_weeks = std::max(1, weeks);
    reload();
}

void CalendarModel::reload()
{
    const QDateTime now = m_clock.now();
    const QDateTime until = now.addDays(7 * m_weeks);
    const Scheduler scheduler(m_store);
    auto planned = m_inventory && m_inventory->hasLoaded() && !m_inventory->isLoading()
                       ? scheduler.planned(now, until, m_inventory->rowCount(),
                                           [inventory = m_inventory](const Scheduler::RowVisitor &visit) {
                                               for (int r = 0; r < inventory->rowCount(); ++r)
                                                   visit(inventory->rowAt(r).data);
                                           })
                       : scheduler.planned(now, until);
    if (!planned) {
        Q_EMIT loadFailed(planned.errorMessage());
        return;
    }
    SchedulePlan plan = std::move(*planned);
    const size_t rows = size_t(plan.size());
    const size_t keys = size_t(plan.keys.size());

    // Services as small integers: the names are normalized and looked up once per distinct service list (keys that
    // share a list share its data), not once per row.
    QHash<QString, qint32> serviceIds;
    QHash<const void *, std::pair<qint32, qint32>> listRanges; // a list's data → its range in keyServices
    std::vector<qint32> keyServices;
    std::vector<std::pair<qint32, qint32>> keyRange(keys); // (first, count) in keyServices
    std::vector<char> noOverlap(keys);
    for (size_t k = 0; k < keys; ++k) {
        const SchedulePlan::Key &key = plan.keys.at(qsizetype(k));
        noOverlap[k] = !key.supportsDualKey;
        if (key.usedBy.isEmpty())
            continue;
        const auto known = listRanges.constFind(key.usedBy.constData());
        if (known != listRanges.cend()) {
            keyRange[k] = *known;
            continue;
        }
        const auto first = qint32(keyServices.size());
        for (const QString &service : key.usedBy) {
            // as many entries as the list names (a service named twice is looked at twice, as before)
            const QString name = service.trimmed().toLower();
            auto id = serviceIds.constFind(name);
            if (id == serviceIds.cend())
                id = serviceIds.insert(name, qint32(serviceIds.size()));
            keyServices.push_back(*id);
        }
        keyRange[k] = {first, qint32(keyServices.size()) - first};
        listRanges.insert(key.usedBy.constData(), keyRange[k]);
    }

    // flags that come from the row alone
    std::vector<quint8> flags(rows, NoFlag);
    const qint64 nowMs = plan.now.toMSecsSinceEpoch();
    for (size_t i = 0; i < rows; ++i) {
        const SchedulePlan::Entry &e = plan.at(qsizetype(i));
        quint8 f = NoFlag;
        if (e.dueMs < nowMs)
            f |= Overdue;
        if (e.blackout >= 0)
            f |= Blackout;
        if (noOverlap[size_t(e.key)])
            f |= NoOverlap;
        flags[i] = f;
    }

    // Collisions, per service: rows are in start order, so each service's rows are too, and a row only needs a look at
    // the few rows of the same service before it (kMaxPartners, as the service's rows go) within 24 h. Every row of a
    // colliding group is flagged (each has a neighbour); it names up to kMaxPartners partners, the earliest found.
    // One pass over the rows in order, with the last few rows of each service at hand: linear, and close to the
    // cache, also when thousands of keys fall due at once.
    struct Recent
    {
        qint64 startsAtMs = 0;
        qint32 row = -1;
        qint32 key = -1;
    };
    struct Window
    {
        std::array<Recent, kMaxPartners> ring; ///< a ring: the next one goes at `next`, where the oldest is
        int count = 0;
        int next = 0;
    };
    std::vector<Window> windows(size_t(serviceIds.size()));
    std::vector<std::array<qint32, kMaxPartners>> partners(rows, {-1, -1, -1});
    // a pair found again through another shared service is already among the partners (or the list is full)
    const auto addPartner = [&partners](qint32 row, qint32 partner) {
        for (qint32 &slot : partners[size_t(row)]) {
            if (slot == partner)
                return;
            if (slot < 0) {
                slot = partner;
                return;
            }
        }
    };
    for (qint32 i = 0; i < qint32(rows); ++i) {
        const SchedulePlan::Entry &e = plan.at(i);
        const auto [first, count] = keyRange[size_t(e.key)];
        for (qint32 s = first; s < first + count; ++s) {
            Window &w = windows[size_t(keyServices[size_t(s)])];
            for (int n = 0; n < w.count; ++n) { // the oldest first
                const Recent &x = w.ring[size_t((w.next - w.count + n + kMaxPartners) % kMaxPartners)];
                if (e.startsAtMs - x.startsAtMs >= kDayMs || x.key == e.key)
                    continue;
                flags[size_t(x.row)] |= Collision;
                flags[size_t(i)] |= Collision;
                addPartner(x.row, i);
                addPartner(i, x.row);
            }
            w.ring[size_t(w.next)] = Recent{e.startsAtMs, i, e.key};
            w.next = (w.next + 1) % kMaxPartners;
            w.count = std::min(w.count + 1, kMaxPartners);
        }
    }

    std::array<int, 4> flagCounts{};
    int flagged = 0;
    const QList<Flag> allFlagBits = allFlags();
    for (const quint8 f : flags) {
        flagged += f != NoFlag;
        for (size_t k = 0; k < flagCounts.size(); ++k)
            flagCounts[k] += (f & allFlagBits.at(qsizetype(k))) ? 1 : 0;
    }

    // what the filter looks in, per key (not per row): name, provider, environment, services as the column shows them
    qsizetype size = 0;
    for (const SchedulePlan::Key &key : std::as_const(plan.keys)) {
        size += foldedSize(key.name) + foldedSize(key.provider) + foldedSize(key.environment) + 4;
        for (qsizetype i = 0; i < key.usedBy.size(); ++i)
            size += (i > 0 ? 2 : 0) + foldedSize(key.usedBy.at(i));
    }
    QByteArray searchText(size, Qt::Uninitialized);
    std::vector<qsizetype> searchStart;
    searchStart.reserve(keys + 1);
    searchStart.push_back(0);
    {
        char *const begin = searchText.data();
        char *out = begin;
        for (const SchedulePlan::Key &key : std::as_const(plan.keys)) {
            for (const QString *field : {&key.name, &key.provider, &key.environment}) {
                out = writeFolded(out, *field);
                *out++ = '\n';
            }
            for (qsizetype i = 0; i < key.usedBy.size(); ++i) {
                if (i > 0) {
                    *out++ = ',';
                    *out++ = ' ';
                }
                out = writeFolded(out, key.usedBy.at(i));
            }
            *out++ = '\n';
            searchStart.push_back(out - begin);
        }
        Q_ASSERT(out - begin == size);
    }

    beginResetModel();
    m_plan = std::move(plan);
    m_flags = std::move(flags);
    m_partners = std::move(partners);
    m_flagCounts = flagCounts;
    m_flagged = flagged;
    m_searchText = std::move(searchText);
    m_searchStart = std::move(searchStart);
    endResetModel();
    returnFreedMemory(); // the store's rows the plan was made from
    Q_EMIT reloaded();
}

// ---- CalendarFilterModel ----

CalendarFilterModel::CalendarFilterModel(QObject *parent) : RowSubsetProxyModel(parent) {}

const CalendarModel *CalendarFilterModel::calendar() const
{
    return qobject_cast<const CalendarModel *>(sourceModel());
}

void CalendarFilterModel::rebuildFromSource()
{
    m_matched.clear(); // the keys are new
    matchKeys();
    computeOrder();
    matchingRows(m_rows);
    m_sourceToProxy.assign(m_order.size(), -1);
    for (size_t r = 0; r < m_rows.size(); ++r)
        m_sourceToProxy[size_t(m_rows[r])] = int(r);
}

void CalendarFilterModel::computeOrder()
{
    const CalendarModel *model = calendar();
    const int n = model ? model->rowCount() : 0;
    m_order.resize(size_t(n));
    std::iota(m_order.begin(), m_order.end(), 0);
    if (n == 0 || m_sortColumn < 0 || m_sortColumn >= CalendarModel::ColumnCount)
        return;
    const SchedulePlan &plan = model->plan();
    // a rank per key for the text columns: the order of the texts (as QString compares them), equal texts equal
    const auto keyRanks = [&plan](const auto &textOf) {
        std::vector<int> byText(size_t(plan.keys.size()));
        std::iota(byText.begin(), byText.end(), 0);
        std::vector<QString> texts;
        texts.reserve(byText.size());
        for (const SchedulePlan::Key &k : plan.keys)
            texts.push_back(textOf(k));
        std::sort(byText.begin(), byText.end(), [&texts](int a, int b) { return texts[size_t(a)] < texts[size_t(b)]; });
        std::vector<qint64> rank(byText.size());
        for (size_t i = 0; i < byText.size(); ++i) {
            const bool same = i > 0 && texts[size_t(byText[i - 1])] == texts[size_t(byText[i])];
            rank[size_t(byText[i])] = same ? rank[size_t(byText[i - 1])] : qint64(i);
        }
        return rank;
    };
    std::vector<qint64> keyRank;
    switch (m_sortColumn) {
    case CalendarModel::Key:
        keyRank.resize(size_t(plan.keys.size()));
        for (qsizetype k = 0; k < plan.keys.size(); ++k)
            keyRank[size_t(k)] = plan.keys.at(k).nameRank;
        break;
    case CalendarModel::Provider: keyRank = keyRanks([](const SchedulePlan::Key &k) { return k.provider; }); break;
    case CalendarModel::Environment:
        keyRank = keyRanks([](const SchedulePlan::Key &k) { return k.environment; });
        break;
    case CalendarModel::Services:
        keyRank = keyRanks([](const SchedulePlan::Key &k) { return k.usedBy.join(QStringLiteral(", ")); });
        break;
    case CalendarModel::Schedule:
        keyRank = keyRanks(
            [](const SchedulePlan::Key &k) { return Scheduler::scheduleText(k.scheduleCron, k.rotationIntervalDays); });
        break;
    default: break;
    }
    const int column = m_sortColumn;
    const auto keyOf = [&](int row) -> qint64 {
        switch (column) {
        case CalendarModel::Week:
        case CalendarModel::Date: return model->startsAtMs(row);
        case CalendarModel::Flags: return model->flagsAt(row);
        default: return keyRank[size_t(model->keyAt(row))];
        }
    };
    // (key, row) pairs in the calendar's order, stably sorted by key: ties stay in the calendar's order
    std::vector<std::pair<qint64, int>> keyed;
    keyed.reserve(size_t(n));
    for (int row = 0; row < n; ++row)
        keyed.emplace_back(keyOf(row), row);
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    else
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (size_t i = 0; i < keyed.size(); ++i)
        m_order[i] = keyed[i].second;
}

void CalendarFilterModel::matchKeys()
{
    const CalendarModel *model = calendar();
    if (!model || m_text.isEmpty()) {
        m_keyMatches.clear();
        m_matched.clear();
        return;
    }
    const SchedulePlan &plan = model->plan();
    const size_t keys = size_t(plan.keys.size());
    if (m_needle.contains('\n')) {
        // a line break would match across the fields of the search text: look in each field instead
        m_keyMatches.assign(keys, 0);
        for (size_t k = 0; k < keys; ++k) {
            const SchedulePlan::Key &key = plan.keys.at(qsizetype(k));
            for (const QString &field :
                 {key.name, key.provider, key.environment, key.usedBy.join(QStringLiteral(", "))})
                m_keyMatches[k] |= field.contains(m_text, Qt::CaseInsensitive) ? 1 : 0;
        }
        m_matched.clear(); // not a starting point for the next text
        return;
    }
    const char *needle = m_needle.constData();
    const size_t length = size_t(m_needle.size());
    if (!m_matched.isEmpty() && m_keyMatches.size() == keys && m_needle.contains(m_matched)) {
        // what contains the longer text is among what contained the shorter one
        for (size_t k = 0; k < keys; ++k) {
            if (!m_keyMatches[k])
                continue;
            const QByteArrayView text = model->searchTextOfKey(int(k));
            m_keyMatches[k] = memmem(text.data(), size_t(text.size()), needle, length) != nullptr;
        }
        m_matched = m_needle;
        return;
    }
    // one pass over all the search texts; each key's text ends with a line break, which the needle does not hold,
    // so a match never runs from one key into the next
    m_keyMatches.assign(keys, 0);
    const QByteArray &all = model->searchText();
    const std::vector<qsizetype> &starts = model->searchStarts();
    const char *base = all.constData();
    const size_t total = size_t(all.size());
    size_t pos = 0;
    size_t key = 0;
    while (pos < total) {
        const void *hit = memmem(base + pos, total - pos, needle, length);
        if (!hit)
            break;
        const size_t at = size_t(static_cast<const char *>(hit) - base);
        while (size_t(starts[key + 1]) <= at)
            ++key;
        m_keyMatches[key] = 1;
        pos = size_t(starts[key + 1]);
    }
    m_matched = m_needle;
}

void CalendarFilterModel::matchingRows(std::vector<int> &out) const
{
    out.clear();
    const CalendarModel *model = calendar();
    if (!model)
        return;
    if (!m_onlyFlagged && m_text.isEmpty()) {
        out.assign(m_order.begin(), m_order.end());
        return;
    }
    out.reserve(m_order.size());
    const bool byText = !m_text.isEmpty();
    for (const int s : m_order) {
        if (m_onlyFlagged && model->flagsAt(s) == CalendarModel::NoFlag)
            continue;
        if (byText && !m_keyMatches[size_t(model->keyAt(s))])
            continue;
        out.push_back(s);
    }
}

void CalendarFilterModel::refilter()
{
    // into the spare list: after the first keystrokes both lists have room for every row, so no keystroke allocates
    matchingRows(m_spare);
    swapInRows(m_spare);
}

void CalendarFilterModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    if (!calendar())
        return;
    computeOrder();
    refilter();
}

void CalendarFilterModel::setOnlyFlagged(bool only)
{
    if (only == m_onlyFlagged)
        return;
    m_onlyFlagged = only;
    refilter();
}

void CalendarFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_needle = InventoryModel::foldForSearch(text);
    matchKeys();
    refilter();
}

} // namespace keyturn
