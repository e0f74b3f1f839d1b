#include "InventoryModel.h"

#include "../Memory.h"
#include "../domain/Clock.h"

#include <QHash>
#include <QJsonValue>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <climits>
#include <cstring>
#include <iterator>
#include <numeric>
#include <thread>

namespace keyturn {

namespace {
QString inDays(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 secs = now.secsTo(when);
    if (secs < 0)
        return InventoryModel::tr("%n d overdue", nullptr, int((-secs + 86399) / 86400));
    return InventoryModel::tr("in %n d", nullptr, int(secs / 86400));
}

/// A search word and the position of its rarest byte in the inventory's search text.
struct SearchWord
{
    QByteArray text;
    qsizetype anchor = 0;
};

/// Writes `text` case-folded as UTF-8 at `out` (which has room for 3 bytes per UTF-16 unit); returns the end.
char *writeFolded(char *out, QStringView text)
{
    if (!QtPrivate::isAscii(text)) {
        const QByteArray folded = text.toString().toCaseFolded().toUtf8();
        std::memcpy(out, folded.constData(), size_t(folded.size()));
        return out + folded.size();
    }
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        *out++ = char(u >= u'A' && u <= u'Z' ? u + 32 : u);
    }
    return out;
}

/// Whether `word` occurs in `haystack` (both folded). memchr for the word's rarest byte, then memcmp: measured 2-4×
/// faster than memmem on 100-byte rows, whose per-call set-up dominates there.
bool containsWord(QByteArrayView haystack, const SearchWord &word)
{
    const qsizetype n = word.text.size();
    if (haystack.size() < n)
        return false;
    const char *base = haystack.data();
    const char key = word.text.at(word.anchor);
    const char *p = base + word.anchor;
    const char *end = base + (haystack.size() - n) + word.anchor + 1;
    while (p < end) {
        p = static_cast<const char *>(std::memchr(p, key, size_t(end - p)));
        if (!p)
            return false;
        if (std::memcmp(p - word.anchor, word.text.constData(), size_t(n)) == 0)
            return true;
        ++p;
    }
    return false;
}

/// The filterable columns, in the order m_s.values keeps them.
constexpr InventoryModel::Column kValueColumns[] = {InventoryModel::Kind, InventoryModel::Provider,
                                                    InventoryModel::Environment, InventoryModel::Owner,
                                                    InventoryModel::Criticality};

int valueSlot(InventoryModel::Column column)
{
    for (int i = 0; i < int(std::size(kValueColumns)); ++i) {
        if (kValueColumns[i] == column)
            return i;
    }
    return -1;
}

int criticalityLevel(const QString &value)
{
    static const QStringList levels = {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                                       QStringLiteral("critical")};
    const int level = int(levels.indexOf(value));
    return level < 0 ? int(levels.size()) : level;
}

QString kindText(CredentialKind kind)
{
    return kind == CredentialKind::Issued ? InventoryModel::tr("issued") : InventoryModel::tr("held");
}

QString ownerText(const InventoryModel::Row &row)
{
    const Credential &c = row.data.credential;
    return c.kind == CredentialKind::Issued && !row.data.consumerName.isEmpty() ? row.data.consumerName : c.owner;
}

QString valueOf(const InventoryModel::Row &row, InventoryModel::Column column)
{
    const Credential &c = row.data.credential;
    switch (column) {
    case InventoryModel::Kind: return kindText(c.kind);
    case InventoryModel::Provider: return c.provider;
    case InventoryModel::Environment: return c.environment;
    case InventoryModel::Owner: return ownerText(row);
    case InventoryModel::Criticality: return c.criticality;
    default: return {};
    }
}

/// assessInventoryRow for every row, split over the cores when there are many rows.
void assessAll(QList<InventoryModel::Row> &rows, const QDateTime &now)
{
    const size_t n = size_t(rows.size());
    InventoryModel::Row *const data = rows.data();
    // Status and numbers only: the reasons are written when a tooltip asks for them (statusToolTip).
    const auto work = [data, &now](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i)
            data[i].status = assessInventoryRow(data[i].data, now, false);
    };
    const size_t threads = n < 20000 ? 1 : std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 4);
    std::vector<std::thread> helpers;
    const size_t chunk = (n + threads - 1) / threads;
    for (size_t t = 1; t < threads; ++t)
        helpers.emplace_back(work, std::min(n, t * chunk), std::min(n, (t + 1) * chunk));
    work(0, std::min(n, chunk));
    for (std::thread &h : helpers)
        h.join();
}

/// Search text is folded and its white space collapsed: "  Stripe   PROD " → "stripe prod".
QByteArray searchNeedle(const QString &text)
{
    return InventoryModel::foldForSearch(text.simplified());
}
} // namespace

InventoryModel::InventoryModel(WorkspaceStore &store, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_clock(clock)
{}

InventoryModel::~InventoryModel()
{
    // a load still running reads over its own connection; let it end before the model (and its store) go
    if (m_loader)
        m_loader->wait();
}

InventoryModel::Snapshot::Snapshot() : searchStart{0}, values(qsizetype(std::size(kValueColumns))) {}

int InventoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_s.rows.size());
}

int InventoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InventoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_s.rows.at(index.row());
    const Credential &c = row.data.credential;
    const StatusAssessment &s = row.status;
    const auto column = Column(index.column());

    switch (role) {
    case CredentialIdRole: return c.id;
    case StatusRole: return int(s.status);
    case StatusNameRole: return toString(s.status);
    case TimestampRole:
        if (column == LastUsed)
            return row.data.lastUsedAt;
        if (column == NextRotation)
            return s.nextRotation;
        if (column == AgeDays)
            return row.data.rotatedAt;
        return {};
    case Qt::ToolTipRole:
        if (column == Status)
            return statusToolTip(row);
        if (column == LastUsed)
            return row.data.lastUsedAt.isValid() ? isoUtcText(row.data.lastUsedAt) : tr("Never seen in use");
        if (column == NextRotation && s.nextRotation.isValid())
            return isoUtcText(s.nextRotation);
        if (column == AgeDays && row.data.rotatedAt.isValid())
            return tr("Current key v%1 (%2) since %3")
                .arg(row.data.currentVersion)
                .arg(row.data.currentFingerprint, isoUtcText(row.data.rotatedAt));
        if (column == Name && !c.usedBy.isEmpty())
            return tr("Used by %1").arg(c.usedBy.join(QStringLiteral(", ")));
        if (column == Owner && c.kind == CredentialKind::Issued && !row.data.consumerName.isEmpty())
            return tr("Consumer %1; managed by %2").arg(row.data.consumerName, c.owner);
        return {};
    case Qt::TextAlignmentRole:
        if (column == AgeDays || column == Policy)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (column) {
        case AgeDays: return s.ageDays;
        case Policy: return c.rotationIntervalDays;
        case NextRotation: return s.nextRotation.isValid() ? s.nextRotation.toMSecsSinceEpoch() : LLONG_MAX;
        case LastUsed: return row.data.lastUsedAt.isValid() ? row.data.lastUsedAt.toMSecsSinceEpoch() : qint64(0);
        case Status: return severity(s.status);
        case Criticality: return criticalityLevel(c.criticality);
        default: break;
        }
        Q_FALLTHROUGH();
    case Qt::DisplayRole:
        switch (column) {
        case Name: return c.name;
        case Kind: return kindText(c.kind);
        case Provider: return c.provider;
        case Environment: return c.environment;
        case Owner: return ownerText(row);
        case Criticality: return criticalityLabel(c.criticality);
        case AgeDays: return row.data.rotatedAt.isValid() ? QVariant(s.ageDays) : QVariant(QString());
        case Policy: return tr("%1 d").arg(c.rotationIntervalDays);
        case NextRotation: return inDays(s.nextRotation, m_clock.now());
        case LastUsed: return relativeTimeText(row.data.lastUsedAt, m_clock.now());
        case Status: return statusLabel(s.status);
        case ColumnCount: break;
        }
        return {};
    default: return {};
    }
}

QString InventoryModel::criticalityLabel(const QString &value)
{
    switch (criticalityLevel(value)) {
    case 0: return tr("low");
    case 1: return tr("medium");
    case 2: return tr("high");
    case 3: return tr("critical");
    default: return value;
    }
}

QString InventoryModel::isoUtcText(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString InventoryModel::relativeTimeText(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return tr("never");
    const qint64 secs = when.secsTo(now);
    if (secs < 60)
        return tr("just now");
    if (secs < 3600)
        return tr("%n min ago", nullptr, int(secs / 60));
    const int days = wholeDaysBetween(when, now);
    if (days <= 0)
        return tr("%n h ago", nullptr, int(secs / 3600));
    return tr("%n d ago", nullptr, days);
}

QString InventoryModel::statusToolTip(const Row &row) const
{
    // The reasons of this one row, by the same rules as of the same moment as its status.
    const StatusAssessment s = assessInventoryRow(row.data, m_s.assessedAt);
    if (s.reasons.isEmpty())
        return tr("%1: age %2 d, policy %3 d")
            .arg(statusLabel(row.status.status))
            .arg(s.ageDays)
            .arg(row.data.credential.rotationIntervalDays);
    return tr("%1: %2").arg(statusLabel(row.status.status), s.reasons.join(QStringLiteral("; ")));
}

QByteArray InventoryModel::foldForSearch(QStringView text)
{
    QByteArray out(3 * text.size(), Qt::Uninitialized);
    out.truncate(writeFolded(out.data(), text) - out.data());
    return out;
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name: return tr("Name");
    case Kind: return tr("Kind");
    case Provider: return tr("Provider");
    case Environment: return tr("Environment");
    case Owner: return tr("Owner");
    case Criticality: return tr("Criticality");
    case AgeDays: return tr("Age (d)");
    case Policy: return tr("Policy");
    case NextRotation: return tr("Next rotation");
    case LastUsed: return tr("Last used");
    case Status: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

int InventoryModel::rowOf(qint64 credentialId) const
{
    return m_s.rowById.value(credentialId, -1);
}

QStringList InventoryModel::distinctValues(Column column) const
{
    const int slot = valueSlot(column);
    return slot < 0 ? QStringList() : m_s.values.at(slot);
}

int InventoryModel::valueId(Column column, const QString &value) const
{
    const int slot = valueSlot(column);
    return slot < 0 ? -1 : int(m_s.values.at(slot).indexOf(value));
}

Result<InventoryModel::Snapshot> InventoryModel::load(WorkspaceStore &store, const QDateTime &now)
{
    // Rows go straight from the store into the snapshot's own list: one copy of 100,000 rows, not two.
    Snapshot s;
    auto read = store.readInventory([&s](qsizetype n) { s.rows.reserve(n); },
                                    [&s](InventoryRow &&row) {
                                        s.rows.append(Row{std::move(row), {}});
                                    });
    if (!read)
        return read.error();
    // The store shares repeated strings (providers, owners, services) between rows already.
    assessAll(s.rows, now);
    s.assessedAt = now;
    prepareKeys(s);
    return s;
}

void InventoryModel::apply(Snapshot snapshot)
{
    beginResetModel();
    m_s = std::move(snapshot);
    m_loaded = true;
    endResetModel();
    returnFreedMemory(); // the old rows, and what the reading thread freed
    Q_EMIT reloaded();
}

void InventoryModel::reload()
{
    // a background load would bring older rows than these: wait for it and drop what it read
    const bool wasLoading = m_loader != nullptr;
    if (wasLoading) {
        m_loader->wait();
        m_loader = nullptr;
        m_pending.reset();
    }
    if (auto loaded = load(m_store, m_clock.now()); !loaded)
        Q_EMIT loadFailed(loaded.errorMessage());
    else
        apply(std::move(loaded.value()));
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

void InventoryModel::refreshRows(const QList<qint64> &credentialIds)
{
    if (credentialIds.isEmpty())
        return;
    if (m_loader)
        return; // the load under way reads them as they are now
    auto fresh = m_store.inventoryRows(credentialIds);
    if (!fresh) {
        Q_EMIT loadFailed(fresh.errorMessage());
        return;
    }
    // one assessment time for every row (the tooltips recompute their reasons as of it)
    const QDateTime now = m_s.assessedAt.isValid() ? m_s.assessedAt : m_clock.now();
    m_s.assessedAt = now;
    QSet<qint64> seen;
    QList<Row> added;
    beginResetModel();
    for (InventoryRow &row : *fresh) {
        seen.insert(row.credential.id);
        Row r{std::move(row), {}};
        r.status = assessInventoryRow(r.data, now, false);
        const int at = m_s.rowById.value(r.data.credential.id, -1);
        if (at >= 0)
            m_s.rows[at] = std::move(r);
        else
            added.append(std::move(r));
    }
    for (const qint64 id : credentialIds) {
        if (seen.contains(id))
            continue;
        const int at = m_s.rowById.value(id, -1);
        if (at >= 0)
            m_s.rows[at].data.credential.id = 0; // deleted by someone else: dropped below
    }
    m_s.rows.removeIf([](const Row &r) { return r.data.credential.id == 0; });
    m_s.rows.append(std::move(added));
    prepareKeys(m_s);
    endResetModel();
    Q_EMIT reloaded();
}

void InventoryModel::reloadInBackground(std::function<Result<Snapshot>(const QDateTime &now)> read)
{
    if (m_loader)
        return; // the load under way reads the rows as they are now
    auto pending = std::make_shared<std::optional<Result<Snapshot>>>();
    m_pending = pending;
    const QDateTime now = m_clock.now();
    QThread *thread = QThread::create([pending, read = std::move(read), now] { *pending = read(now); });
    thread->setParent(this);
    m_loader = thread;
    connect(thread, &QThread::finished, this, [this, thread, pending] {
        thread->deleteLater();
        if (m_loader == thread)
            m_loader = nullptr;
        if (m_pending == pending)
            takePending();
    });
    thread->start();
    Q_EMIT loadingChanged(true);
}

bool InventoryModel::isLoading() const
{
    return m_loader != nullptr;
}

void InventoryModel::finishLoading()
{
    if (!m_loader)
        return;
    m_loader->wait();
    m_loader = nullptr;
    takePending();
}

void InventoryModel::takePending()
{
    const auto pending = std::exchange(m_pending, {});
    if (!pending)
        return;
    if (!pending->has_value())
        Q_EMIT loadFailed(tr("Reading the inventory stopped unexpectedly."));
    else if (Result<Snapshot> &loaded = **pending; !loaded)
        Q_EMIT loadFailed(loaded.errorMessage());
    else
        apply(std::move(loaded.value()));
    Q_EMIT loadingChanged(false);
}

void InventoryModel::prepareKeys(Snapshot &s)
{
    const int n = int(s.rows.size());
    s.keys.assign(size_t(n), RowKeys{});
    s.rowById.clear();
    s.rowById.reserve(n);

    // search text: every field a person may type, folded once, into one contiguous buffer sized up front
    const auto fieldsOf = [&s](int i, auto &&visit) {
        const Row &row = s.rows.at(i);
        const Credential &c = row.data.credential;
        for (const QString *field : {&c.name, &c.provider, &c.environment, &c.owner, &row.data.consumerName,
                                     &c.vaultPath, &row.data.currentFingerprint, &row.data.currentPrefix})
            visit(QStringView(*field));
        for (const QStringList *list : {&c.usedBy, &c.labels}) {
            for (const QString &item : *list)
                visit(QStringView(item));
        }
    };
    qsizetype bound = 0;
    for (int i = 0; i < n; ++i) {
        fieldsOf(i, [&bound](QStringView text) {
            // ASCII folds byte for byte; anything else may take up to 3 UTF-8 bytes per UTF-16 unit
            bound += (QtPrivate::isAscii(text) ? text.size() : 3 * text.size()) + 1;
        });
    }
    s.searchText.resize(bound);
    s.searchStart.assign(size_t(n) + 1, 0);
    char *const begin = s.searchText.data();
    char *w = begin;
    for (int i = 0; i < n; ++i) {
        s.searchStart[size_t(i)] = w - begin;
        fieldsOf(i, [&w](QStringView text) {
            w = writeFolded(w, text);
            *w++ = '\n';
        });
    }
    s.searchText.truncate(w - begin);
    s.searchStart[size_t(n)] = s.searchText.size();
    s.byteCounts.fill(0);
    for (const char ch : std::as_const(s.searchText))
        ++s.byteCounts[uchar(ch)];

    for (int i = 0; i < n; ++i) {
        const Row &row = s.rows.at(i);
        const Credential &c = row.data.credential;
        s.rowById.insert(c.id, i);
        RowKeys &k = s.keys[size_t(i)];
        const StatusAssessment &a = row.status;
        k.ageDays = row.data.rotatedAt.isValid() ? a.ageDays : -1;
        k.policyDays = c.rotationIntervalDays;
        k.nextRotationMs = a.nextRotation.isValid() ? a.nextRotation.toMSecsSinceEpoch() : LLONG_MAX;
        k.lastUsedMs = row.data.lastUsedAt.isValid() ? row.data.lastUsedAt.toMSecsSinceEpoch() : LLONG_MIN;
        k.severity = severity(a.status);
        k.status = int(a.status);
        k.kindValue = int(c.kind);
    }

    // filterable columns: distinct values in sorted order, and each row's index into them
    for (int slot = 0; slot < int(std::size(kValueColumns)); ++slot) {
        const Column column = kValueColumns[slot];
        QHash<QString, int> seen;
        QStringList values;
        std::vector<int> firstSeen(static_cast<size_t>(n));
        const QString kindLabels[] = {kindText(CredentialKind::Issued), kindText(CredentialKind::Held)};
        for (int i = 0; i < n; ++i) {
            const Row &row = s.rows.at(i);
            const QString v = column == Kind ? kindLabels[int(row.data.credential.kind)] : valueOf(row, column);
            auto it = seen.constFind(v);
            if (it == seen.cend()) {
                it = seen.insert(v, int(values.size()));
                values.append(v);
            }
            firstSeen[size_t(i)] = it.value();
        }
        std::vector<int> byRank(size_t(values.size()));
        std::iota(byRank.begin(), byRank.end(), 0);
        std::sort(byRank.begin(), byRank.end(), [&values, column](int a, int b) {
            if (column == Criticality) {
                const int la = criticalityLevel(values.at(a));
                const int lb = criticalityLevel(values.at(b));
                if (la != lb)
                    return la < lb;
            }
            return values.at(a).localeAwareCompare(values.at(b)) < 0;
        });
        std::vector<int> rankOf(size_t(values.size()));
        QStringList sorted;
        sorted.reserve(values.size());
        for (size_t r = 0; r < byRank.size(); ++r) {
            rankOf[size_t(byRank[r])] = int(r);
            sorted.append(values.at(byRank[r]));
        }
        for (int i = 0; i < n; ++i) {
            const int id = rankOf[size_t(firstSeen[size_t(i)])];
            RowKeys &k = s.keys[size_t(i)];
            switch (column) {
            case Kind: k.kind = id; break;
            case Provider: k.provider = id; break;
            case Environment: k.environment = id; break;
            case Owner: k.owner = id; break;
            case Criticality: k.criticality = id; break;
            default: break;
            }
        }
        s.values[slot] = sorted;
    }

    // name order; the store already returns rows by name, so usually this is one pass
    s.nameOrder.resize(size_t(n));
    std::iota(s.nameOrder.begin(), s.nameOrder.end(), 0);
    const auto byName = [&s](int a, int b) {
        const int c =
            QString::compare(s.rows.at(a).data.credential.name, s.rows.at(b).data.credential.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    };
    if (!std::is_sorted(s.nameOrder.begin(), s.nameOrder.end(), byName))
        std::sort(s.nameOrder.begin(), s.nameOrder.end(), byName);
    for (int r = 0; r < n; ++r)
        s.keys[size_t(s.nameOrder[size_t(r)])].nameRank = r;
}

// ---- InventoryFilter ----

bool InventoryFilter::isEmpty() const
{
    return *this == InventoryFilter{};
}

QJsonObject InventoryFilter::toJson() const
{
    QJsonObject o;
    const auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("text", text);
    put("provider", provider);
    put("environment", environment);
    put("owner", owner);
    put("criticality", criticality);
    if (status)
        put("status", toString(*status));
    if (kind)
        put("kind", toString(*kind));
    return o;
}

InventoryFilter InventoryFilter::fromJson(const QJsonObject &json)
{
    InventoryFilter f;
    f.text = json.value(QLatin1String("text")).toString().trimmed();
    f.provider = json.value(QLatin1String("provider")).toString();
    f.environment = json.value(QLatin1String("environment")).toString();
    f.owner = json.value(QLatin1String("owner")).toString();
    f.criticality = json.value(QLatin1String("criticality")).toString();
    f.status = keyStatusFromString(json.value(QLatin1String("status")).toString());
    f.kind = credentialKindFromString(json.value(QLatin1String("kind")).toString());
    return f;
}

// ---- InventoryFilterModel ----

InventoryFilterModel::InventoryFilterModel(QObject *parent) : RowSubsetProxyModel(parent) {}

const InventoryModel *InventoryFilterModel::inventory() const
{
    return qobject_cast<const InventoryModel *>(sourceModel());
}

void InventoryFilterModel::rebuildFromSource()
{
    clearCache();
    const InventoryModel *model = inventory();
    updateCriteriaIds();
    computeOrder();
    // Two row buffers of the full size, their pages touched now: a keystroke fills one and swaps it with the shown
    // rows, so it allocates nothing but its cached copy (a first touch of a page costs ~20 µs on some VMs).
    const size_t n = m_order.size();
    m_scratch.assign(n, 0);
    m_scratch.clear();
    m_rows.assign(n, 0);
    m_rows.clear();
    if (model) {
        matching(m_needle, m_rows);
        m_cache.push_back({m_needle, m_rows});
    }
    m_sourceToProxy.assign(m_order.size(), -1);
    for (size_t r = 0; r < m_rows.size(); ++r)
        m_sourceToProxy[size_t(m_rows[r])] = int(r);
}

void InventoryFilterModel::updateCriteriaIds()
{
    const InventoryModel *model = inventory();
    m_ids = {};
    const auto id = [&](InventoryModel::Column column, const QString &value) {
        if (value.isEmpty() || !model)
            return -1;
        const int v = model->valueId(column, value);
        if (v < 0)
            m_ids.impossible = true; // no row has it: nothing matches
        return v;
    };
    m_ids.provider = id(InventoryModel::Provider, m_filter.provider);
    m_ids.environment = id(InventoryModel::Environment, m_filter.environment);
    m_ids.owner = id(InventoryModel::Owner, m_filter.owner);
    m_ids.criticality = id(InventoryModel::Criticality, m_filter.criticality);
    m_ids.status = m_filter.status ? int(*m_filter.status) : -1;
    m_ids.kind = m_filter.kind ? int(*m_filter.kind) : -1;
}

void InventoryFilterModel::computeOrder()
{
    const InventoryModel *model = inventory();
    const int n = model ? model->rowCount() : 0;
    m_order.resize(size_t(n));
    if (n == 0)
        return;
    if (m_sortColumn < 0 || m_sortColumn >= InventoryModel::ColumnCount) {
        std::iota(m_order.begin(), m_order.end(), 0);
        return;
    }
    const std::vector<int> &byName = model->nameOrder();
    if (m_sortColumn == InventoryModel::Name) {
        if (m_sortOrder == Qt::AscendingOrder)
            m_order = byName;
        else
            m_order.assign(byName.rbegin(), byName.rend());
        return;
    }
    const auto keyOf = [column = m_sortColumn](const InventoryModel::RowKeys &k) -> qint64 {
        switch (column) {
        case InventoryModel::Kind: return k.kind;
        case InventoryModel::Provider: return k.provider;
        case InventoryModel::Environment: return k.environment;
        case InventoryModel::Owner: return k.owner;
        case InventoryModel::Criticality: return k.criticality;
        case InventoryModel::AgeDays: return k.ageDays;
        case InventoryModel::Policy: return k.policyDays;
        case InventoryModel::NextRotation: return k.nextRotationMs;
        case InventoryModel::LastUsed: return k.lastUsedMs;
        case InventoryModel::Status: return k.severity;
        default: return 0;
        }
    };
    // (key, row) pairs in name order, stably sorted by key: ties stay in name order
    std::vector<std::pair<qint64, int>> keyed;
    keyed.reserve(size_t(n));
    for (int row : byName)
        keyed.emplace_back(keyOf(model->keysAt(row)), row);
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    else
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (size_t i = 0; i < keyed.size(); ++i)
        m_order[i] = keyed[i].second;
}

bool InventoryFilterModel::acceptsWithoutText(int sourceRow) const
{
    const InventoryModel::RowKeys &k = inventory()->keysAt(sourceRow);
    return (m_ids.provider < 0 || k.provider == m_ids.provider) &&
           (m_ids.environment < 0 || k.environment == m_ids.environment) &&
           (m_ids.owner < 0 || k.owner == m_ids.owner) &&
           (m_ids.criticality < 0 || k.criticality == m_ids.criticality) &&
           (m_ids.status < 0 || k.status == m_ids.status) && (m_ids.kind < 0 || k.kindValue == m_ids.kind);
}

void InventoryFilterModel::matching(const QByteArray &needle, std::vector<int> &out) const
{
    const InventoryModel *model = inventory();
    out.clear();
    if (!model || m_ids.impossible)
        return;
    // Rows matching a longer text are among those matching any text it contains: start from the smallest such set.
    const CachedResult *from = nullptr;
    for (const CachedResult &c : m_cache) {
        if (needle.contains(c.needle) &&
            (!from || c.needle.size() > from->needle.size() ||
             (c.needle.size() == from->needle.size() && c.rows.size() < from->rows.size())))
            from = &c;
    }
    if (from && from->needle == needle) {
        out.assign(from->rows.begin(), from->rows.end());
        return;
    }
    std::vector<SearchWord> words;
    for (const QByteArray &w : needle.split(' ')) {
        if (w.isEmpty())
            continue;
        SearchWord word{w, 0};
        for (qsizetype i = 1; i < w.size(); ++i) {
            if (model->byteCount(uchar(w.at(i))) < model->byteCount(uchar(w.at(word.anchor))))
                word.anchor = i;
        }
        words.push_back(word);
    }
    const auto hasAllWords = [&words](QByteArrayView text) {
        return std::all_of(words.begin(), words.end(), [text](const SearchWord &w) { return containsWord(text, w); });
    };
    const std::vector<int> &candidates = from ? from->rows : m_order;
    const bool checkCriteria = !from;
    out.reserve(candidates.size());
    for (const int s : candidates) {
        if (checkCriteria && !acceptsWithoutText(s))
            continue;
        if (needle.isEmpty() || hasAllWords(model->searchTextAt(s)))
            out.push_back(s);
    }
}

void InventoryFilterModel::clearCache()
{
    m_cache.clear();
}

void InventoryFilterModel::refilter()
{
    matching(m_needle, m_scratch);
    const auto known =
        std::find_if(m_cache.begin(), m_cache.end(), [this](const CachedResult &c) { return c.needle == m_needle; });
    if (known == m_cache.end()) {
        constexpr size_t kCacheSize = 8; // a word of 7 letters typed and backspaced; at most 8 × 400 kB at 100,000 rows
        if (m_cache.size() >= kCacheSize)
            m_cache.erase(m_cache.begin() + 1); // the first entry (usually the empty text) stays
        m_cache.push_back({m_needle, m_scratch});
    }
    swapInRows(m_scratch); // m_scratch now holds the rows shown before, for the next keystroke
}

void InventoryFilterModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    const InventoryModel *model = inventory();
    if (!model)
        return;
    computeOrder();
    // the same rows in the new order; cached results were in the old order
    std::vector<char> shown(m_order.size(), 0);
    for (const int s : m_rows)
        shown[size_t(s)] = 1;
    m_scratch.clear();
    for (const int s : m_order) {
        if (shown[size_t(s)])
            m_scratch.push_back(s);
    }
    clearCache();
    m_cache.push_back({m_needle, m_scratch});
    swapInRows(m_scratch);
}

void InventoryFilterModel::setFilter(const InventoryFilter &filter)
{
    InventoryFilter f = filter;
    f.text = f.text.trimmed();
    if (f == m_filter)
        return;
    InventoryFilter withoutText = f;
    withoutText.text = m_filter.text;
    const bool criteriaChanged = !(withoutText == m_filter);
    m_filter = f;
    m_needle = searchNeedle(f.text);
    if (criteriaChanged) {
        clearCache();
        updateCriteriaIds();
    }
    refilter();
    Q_EMIT filterChanged();
}

void InventoryFilterModel::setText(const QString &text)
{
    InventoryFilter f = m_filter;
    f.text = text;
    setFilter(f);
}

void InventoryFilterModel::setProvider(const QString &provider)
{
    InventoryFilter f = m_filter;
    f.provider = provider;
    setFilter(f);
}

void InventoryFilterModel::setEnvironment(const QString &environment)
{
    InventoryFilter f = m_filter;
    f.environment = environment;
    setFilter(f);
}

void InventoryFilterModel::setOwner(const QString &owner)
{
    InventoryFilter f = m_filter;
    f.owner = owner;
    setFilter(f);
}

void InventoryFilterModel::setCriticality(const QString &criticality)
{
    InventoryFilter f = m_filter;
    f.criticality = criticality;
    setFilter(f);
}

void InventoryFilterModel::setStatus(std::optional<KeyStatus> status)
{
    InventoryFilter f = m_filter;
    f.status = status;
    setFilter(f);
}

void InventoryFilterModel::setKind(std::optional<CredentialKind> kind)
{
    InventoryFilter f = m_filter;
    f.kind = kind;
    setFilter(f);
}

} // namespace keyturn
