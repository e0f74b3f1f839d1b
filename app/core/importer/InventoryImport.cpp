#include "InventoryImport.h"
#include "core/Translate.h"

#include "../audit/AuditLog.h"
#include "../domain/Duration.h"
#include "../store/Database.h"
#include "../store/WorkspaceStore.h"
#include "Csv.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <optional>

namespace keyturn {

namespace {
QString tr(const char *text)
{
    return translateIn({"keyturn::InventoryImport", "keyturn::ImportIssue", "keyturn::RowReader"}, text);
}

const QString kName = QStringLiteral("name");
const QString kKind = QStringLiteral("kind");
const QString kProvider = QStringLiteral("provider");
const QString kEnvironment = QStringLiteral("environment");
const QString kOwner = QStringLiteral("owner");
const QString kUsedBy = QStringLiteral("used_by");
const QString kVaultPath = QStringLiteral("vault_path");
const QString kProviderApi = QStringLiteral("provider_api");
const QString kRotationFrequency = QStringLiteral("rotation_frequency");
const QString kSchedule = QStringLiteral("schedule");
const QString kGracePeriod = QStringLiteral("grace_period");
const QString kSupportsDualKey = QStringLiteral("supports_dual_key");
const QString kCriticality = QStringLiteral("criticality");
const QString kLabels = QStringLiteral("labels");
const QString kSecret = QStringLiteral("secret");

/// Columns the CSV export writes that describe the key's state rather than its policy: read back silently.
const QSet<QString> &exportOnlyFields()
{
    static const QSet<QString> fields{
        QStringLiteral("id"),           QStringLiteral("status"),           QStringLiteral("age_days"),
        QStringLiteral("last_used_at"), QStringLiteral("next_rotation_at"), QStringLiteral("current_version"),
        QStringLiteral("fingerprint"),  QStringLiteral("consumer")};
    return fields;
}

/// Field names that suggest someone put key material into the file.
bool looksLikeKeyMaterial(const QString &field)
{
    static const QSet<QString> names{
        QStringLiteral("key"),   QStringLiteral("api_key"),  QStringLiteral("apikey"), QStringLiteral("secret_key"),
        QStringLiteral("token"), QStringLiteral("password"), QStringLiteral("value"),  QStringLiteral("secret_value")};
    return names.contains(field);
}

/// A field's value as read, before it is checked: YAML gives scalars, lists and maps; CSV gives text.
struct RawValue
{
    enum class Type
    {
        Null,
        Scalar,
        List,
        Map
    };
    Type type = Type::Null;
    QString scalar;
    QStringList list;
    bool listHasNonScalar = false;
    int line = 0;
    bool fromCsv = false;
};

struct RawRow
{
    int line = 0;
    QList<std::pair<QString, RawValue>> fields;
};

/// The fields one row of the file sets; what it leaves out keeps its stored (or default) value.
struct Patch
{
    int line = 0;
    QString name;
    std::optional<CredentialKind> kind;
    std::optional<QString> provider, environment, owner, vaultPath, providerApi, criticality, scheduleCron;
    std::optional<QStringList> usedBy, labels;
    std::optional<int> intervalDays;
    std::optional<qint64> graceSeconds;
    std::optional<bool> dualKey;
};

void applyPatch(Credential &c, const Patch &p)
{
    c.name = p.name;
    if (p.kind)
        c.kind = *p.kind;
    if (p.provider)
        c.provider = *p.provider;
    if (p.environment)
        c.environment = *p.environment;
    if (p.owner)
        c.owner = *p.owner;
    if (p.vaultPath)
        c.vaultPath = *p.vaultPath;
    if (p.providerApi)
        c.providerApi = *p.providerApi;
    if (p.criticality)
        c.criticality = *p.criticality;
    if (p.scheduleCron)
        c.scheduleCron = *p.scheduleCron;
    if (p.usedBy)
        c.usedBy = *p.usedBy;
    if (p.labels)
        c.labels = *p.labels;
    if (p.intervalDays)
        c.rotationIntervalDays = *p.intervalDays;
    if (p.graceSeconds)
        c.gracePeriodSeconds = *p.graceSeconds;
    if (p.dualKey)
        c.supportsDualKey = *p.dualKey;
}

QString typeName(RawValue::Type type)
{
    switch (type) {
    case RawValue::Type::List: return tr("a list");
    case RawValue::Type::Map: return tr("a mapping");
    case RawValue::Type::Null: return tr("nothing");
    case RawValue::Type::Scalar: break;
    }
    return tr("text");
}

/// Checks the fields of rows and collects every problem.
class RowReader
{
public:
    explicit RowReader(ImportPreview &preview) : m_preview(preview) {}

    void error(int line, const QString &field, const QString &message)
    {
        m_preview.errors.append(ImportIssue{line, field, message});
    }
    void warning(int line, const QString &field, const QString &message)
    {
        m_preview.warnings.append(ImportIssue{line, field, message});
    }

    /// Whether the value counts as given. An empty CSV cell of a typed field is "not given".
    static bool given(const RawValue &v)
    {
        if (v.type == RawValue::Type::Null)
            return false;
        return !(v.fromCsv && v.scalar.trimmed().isEmpty());
    }

    std::optional<QString> text(const QString &field, const RawValue &v)
    {
        if (v.type == RawValue::Type::Null)
            return QString();
        if (v.type != RawValue::Type::Scalar) {
            error(v.line, field, tr("%1 must be text, not %2").arg(field, typeName(v.type)));
            return std::nullopt;
        }
        return v.scalar.trimmed();
    }

    std::optional<QStringList> list(const QString &field, const RawValue &v)
    {
        if (v.type == RawValue::Type::Null)
            return QStringList();
        if (v.type == RawValue::Type::Map || v.listHasNonScalar) {
            error(v.line, field, tr("%1 must be a list of names, not %2").arg(field, tr("a mapping")));
            return std::nullopt;
        }
        const QStringList items =
            v.type == RawValue::Type::List ? v.list : v.scalar.split(QLatin1Char(';'), Qt::SkipEmptyParts);
        QStringList out;
        for (const QString &item : items) {
            const QString t = item.trimmed();
            if (!t.isEmpty() && !out.contains(t))
                out << t;
        }
        return out;
    }

    /// A scalar that must be given, or an error.
    std::optional<QString> required(const QString &field, const RawValue &v)
    {
        if (v.type == RawValue::Type::Null || (v.type == RawValue::Type::Scalar && v.scalar.trimmed().isEmpty())) {
            error(v.line, field, tr("%1 is empty").arg(field));
            return std::nullopt;
        }
        return text(field, v);
    }

    std::optional<bool> boolean(const QString &field, const RawValue &v)
    {
        auto t = required(field, v);
        if (!t)
            return std::nullopt;
        const QString lower = t->toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("yes"))
            return true;
        if (lower == QLatin1String("false") || lower == QLatin1String("no"))
            return false;
        error(v.line, field, tr("%1 must be true or false, not '%2'").arg(field, *t));
        return std::nullopt;
    }

    std::optional<qint64> duration(const QString &field, const RawValue &v)
    {
        auto t = required(field, v);
        if (!t)
            return std::nullopt;
        // no grace period at all is allowed (the export writes it as 0s); no rotation frequency is not
        static const QRegularExpression zero(QStringLiteral("^0+[smhdw]?$"));
        if (field == kGracePeriod && zero.match(*t).hasMatch())
            return 0;
        const auto d = parseDuration(*t);
        if (!d) {
            error(v.line, field,
                  field == kRotationFrequency ? tr("%1 '%2' is not a duration such as 30d").arg(field, *t)
                                              : tr("%1 '%2' is not a duration such as 2h or 30m").arg(field, *t));
            return std::nullopt;
        }
        return d->count();
    }

    std::optional<int> days(const QString &field, const RawValue &v)
    {
        auto seconds = duration(field, v);
        if (!seconds)
            return std::nullopt;
        if (*seconds % 86400 != 0) {
            error(v.line, field, tr("%1 '%2' must be whole days, such as 30d").arg(field, v.scalar.trimmed()));
            return std::nullopt;
        }
        if (*seconds / 86400 > 36500) {
            error(v.line, field, tr("%1 '%2' is longer than 100 years").arg(field, v.scalar.trimmed()));
            return std::nullopt;
        }
        return int(*seconds / 86400);
    }

    std::optional<QString> criticality(const QString &field, const RawValue &v)
    {
        auto t = required(field, v);
        if (!t)
            return std::nullopt;
        const QString lower = t->toLower();
        if (!isValidCriticality(lower)) {
            error(v.line, field, tr("%1 '%2' is not one of low, medium, high, critical").arg(field, *t));
            return std::nullopt;
        }
        return lower;
    }

    std::optional<CredentialKind> kind(const QString &field, const RawValue &v)
    {
        auto t = required(field, v);
        if (!t)
            return std::nullopt;
        auto k = credentialKindFromString(t->toLower());
        if (!k)
            error(v.line, field, tr("%1 '%2' is not held or issued").arg(field, *t));
        return k;
    }

    std::optional<QString> cron(const QString &field, const RawValue &v)
    {
        auto t = text(field, v);
        if (!t || t->isEmpty())
            return t;
        const QString problem = InventoryImport::cronProblem(*t);
        if (!problem.isEmpty()) {
            error(v.line, field, tr("%1 '%2': %3").arg(field, *t, problem));
            return std::nullopt;
        }
        return t->simplified();
    }

    void unknownField(int line, const QString &field)
    {
        if (looksLikeKeyMaterial(field))
            warning(line, field,
                    tr("field '%1' looks like key material: Keyturn never stores keys, so it was ignored; remove it "
                       "from the file")
                        .arg(field));
        else
            warning(line, field, tr("unknown field '%1' is ignored").arg(field));
    }

    /// One credential of the inventory format; nullopt when it has errors (they are recorded).
    std::optional<Patch> inventoryRow(const RawRow &row)
    {
        Patch p;
        p.line = row.line;
        bool ok = true;
        bool haveName = false;
        const auto check = [&ok](const auto &value) {
            if (!value)
                ok = false;
            return value;
        };
        QSet<QString> seen;
        for (const auto &[field, v] : row.fields) {
            if (seen.contains(field)) {
                error(v.line, field, tr("%1 is given twice").arg(field));
                ok = false;
                continue;
            }
            seen.insert(field);
            if (field == kName) {
                haveName = true;
                if (auto n = check(required(field, v)))
                    p.name = *n;
            } else if (field == kProvider) {
                p.provider = check(required(field, v));
            } else if (field == kEnvironment) {
                p.environment = check(required(field, v));
            } else if (field == kOwner) {
                p.owner = check(text(field, v));
            } else if (field == kVaultPath) {
                p.vaultPath = check(text(field, v));
            } else if (field == kProviderApi) {
                p.providerApi = check(text(field, v));
            } else if (field == kUsedBy) {
                p.usedBy = check(list(field, v));
            } else if (field == kLabels) {
                p.labels = check(list(field, v));
            } else if (field == kSchedule) {
                p.scheduleCron = check(cron(field, v));
            } else if (!given(v) && (field == kRotationFrequency || field == kGracePeriod ||
                                     field == kSupportsDualKey || field == kCriticality || field == kKind)) {
                if (!v.fromCsv) {
                    error(v.line, field, tr("%1 is empty").arg(field));
                    ok = false;
                }
            } else if (field == kRotationFrequency) {
                p.intervalDays = check(days(field, v));
            } else if (field == kGracePeriod) {
                p.graceSeconds = check(duration(field, v));
            } else if (field == kSupportsDualKey) {
                p.dualKey = check(boolean(field, v));
            } else if (field == kCriticality) {
                p.criticality = check(criticality(field, v));
            } else if (field == kKind) {
                p.kind = check(kind(field, v));
            } else if (!exportOnlyFields().contains(field)) {
                unknownField(v.line, field);
            }
        }
        if (!haveName) {
            error(row.line, kName, tr("name is missing"));
            ok = false;
        }
        if (!ok)
            return std::nullopt;
        return p;
    }

private:
    ImportPreview &m_preview;
};

RawValue rawFromYaml(const YAML::Node &node)
{
    RawValue v;
    v.line = node.Mark().line + 1;
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        v.type = RawValue::Type::Scalar;
        v.scalar = QString::fromStdString(node.Scalar());
        break;
    case YAML::NodeType::Sequence:
        v.type = RawValue::Type::List;
        for (const auto &item : node) {
            if (item.IsScalar())
                v.list << QString::fromStdString(item.Scalar());
            else if (!item.IsNull())
                v.listHasNonScalar = true;
        }
        break;
    case YAML::NodeType::Map: v.type = RawValue::Type::Map; break;
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined: v.type = RawValue::Type::Null; break;
    }
    return v;
}

/// The rows of a YAML list of mappings, each field with its line.
QList<RawRow> yamlRows(const YAML::Node &list, const QString &key, RowReader &reader)
{
    QList<RawRow> rows;
    if (!list.IsSequence()) {
        if (!list.IsNull())
            reader.error(list.Mark().line + 1, key, tr("%1 must be a list of entries (\"- name: ...\")").arg(key));
        return rows;
    }
    for (const auto &item : list) {
        const int line = item.Mark().line + 1;
        if (!item.IsMap()) {
            reader.error(line, key,
                         tr("each entry of %1 must be a mapping of fields (name: ..., provider: ...)").arg(key));
            continue;
        }
        RawRow row;
        row.line = line;
        for (const auto &kv : item) {
            const QString field = kv.first.IsScalar() ? QString::fromStdString(kv.first.Scalar()).trimmed() : QString();
            if (field.isEmpty()) {
                reader.error(kv.first.Mark().line + 1, QString(), tr("a field name must be text"));
                continue;
            }
            RawValue v = rawFromYaml(kv.second);
            if (v.type == RawValue::Type::Null)
                v.line = kv.first.Mark().line + 1;
            row.fields.append({field, v});
        }
        rows.append(row);
    }
    return rows;
}

/// Lines (1-based) holding bytes that are not UTF-8.
QList<int> invalidUtf8Lines(const QByteArray &content)
{
    QList<int> lines;
    {
        QStringDecoder whole(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        (void)whole.decode(content).operator QString();
        if (!whole.hasError())
            return lines;
    }
    int line = 1;
    qsizetype start = 0;
    while (start <= content.size()) {
        qsizetype end = content.indexOf('\n', start);
        if (end < 0)
            end = content.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        (void)decoder.decode(QByteArrayView(content.constData() + start, end - start)).operator QString();
        if (decoder.hasError())
            lines << line;
        start = end + 1;
        ++line;
    }
    return lines;
}

/// Matches a schedule's `secret` to a credential: by name, or by the end of the vault path, where `/`, `-`, `_` and
/// `.` count as the same separator ("prod/stripe-api-key" names the key at "secret/prod/stripe/api-key").
QString normalizedPath(const QString &text)
{
    QString out = text.trimmed().toLower();
    static const QRegularExpression separators(QStringLiteral("[/_.\\-]+"));
    out.replace(separators, QStringLiteral("/"));
    while (out.startsWith(QLatin1Char('/')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('/')))
        out.chop(1);
    return out;
}

QString displayList(const QStringList &list)
{
    return list.isEmpty() ? QString() : list.join(QStringLiteral(", "));
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QList<FieldChange> diff(const Credential &was, const Credential &now)
{
    QList<FieldChange> out;
    const auto add = [&out](const QString &field, const QString &before, const QString &after) {
        if (before != after)
            out.append(FieldChange{field, before, after});
    };
    add(kKind, toString(was.kind), toString(now.kind));
    add(kProvider, was.provider, now.provider);
    add(kEnvironment, was.environment, now.environment);
    add(kOwner, was.owner, now.owner);
    add(kUsedBy, displayList(was.usedBy), displayList(now.usedBy));
    add(kVaultPath, was.vaultPath, now.vaultPath);
    add(kProviderApi, was.providerApi, now.providerApi);
    add(kRotationFrequency, QStringLiteral("%1d").arg(was.rotationIntervalDays),
        QStringLiteral("%1d").arg(now.rotationIntervalDays));
    add(kSchedule, was.scheduleCron, now.scheduleCron);
    add(kGracePeriod, formatDuration(std::chrono::seconds(was.gracePeriodSeconds)),
        formatDuration(std::chrono::seconds(now.gracePeriodSeconds)));
    add(kSupportsDualKey, boolText(was.supportsDualKey), boolText(now.supportsDualKey));
    add(kCriticality, was.criticality, now.criticality);
    add(kLabels, displayList(was.labels), displayList(now.labels));
    return out;
}

struct CronField
{
    const char *name;
    int min;
    int max;
    QStringList names; ///< names for min, min+1, ... (months, weekdays)
};

QString cronFieldProblem(const QString &text, const CronField &f)
{
    const auto number = [&f](const QString &t, int &out) -> bool {
        bool ok = false;
        out = t.toInt(&ok);
        if (ok)
            return true;
        const int i = int(f.names.indexOf(t.toLower()));
        if (i < 0)
            return false;
        out = f.min + i;
        return true;
    };
    const QString label = QString::fromLatin1(f.name);
    for (const QString &part : text.split(QLatin1Char(','))) {
        if (part.isEmpty())
            return tr("the %1 field has an empty list item").arg(label);
        QString range = part;
        const qsizetype slash = part.indexOf(QLatin1Char('/'));
        if (slash >= 0) {
            range = part.left(slash);
            bool ok = false;
            const int step = part.mid(slash + 1).toInt(&ok);
            if (!ok || step < 1 || step > f.max)
                return tr("the %1 field has a bad step '%2'").arg(label, part.mid(slash + 1));
        }
        if (range == QLatin1String("*"))
            continue;
        const qsizetype dash = range.indexOf(QLatin1Char('-'));
        int lo = 0;
        int hi = 0;
        if (!number(dash >= 0 ? range.left(dash) : range, lo) || (dash >= 0 && !number(range.mid(dash + 1), hi)))
            return tr("the %1 field '%2' is not a number").arg(label, part);
        if (dash < 0)
            hi = lo;
        if (lo < f.min || lo > f.max || hi < f.min || hi > f.max)
            return tr("the %1 field '%2' is outside %3-%4").arg(label, part).arg(f.min).arg(f.max);
        if (hi < lo)
            return tr("the %1 field's range '%2' runs backwards").arg(label, part);
    }
    return {};
}

} // namespace

QString ImportIssue::text() const
{
    if (line <= 0)
        return message;
    return tr("line %1: %2").arg(line).arg(message);
}

QString toString(ImportRow::Action action)
{
    switch (action) {
    case ImportRow::Action::Add: return QStringLiteral("added");
    case ImportRow::Action::Change: return QStringLiteral("changed");
    case ImportRow::Action::Unchanged: break;
    }
    return QStringLiteral("unchanged");
}

int ImportPreview::count(ImportRow::Action action) const
{
    int n = 0;
    for (const ImportRow &r : rows)
        n += r.action == action ? 1 : 0;
    return n;
}

QString ImportPreview::errorText() const
{
    QStringList lines;
    for (const ImportIssue &e : errors)
        lines << e.text();
    return lines.join(QLatin1Char('\n'));
}

InventoryImport::InventoryImport(WorkspaceStore &store) : m_store(store) {}

QStringList InventoryImport::fieldNames()
{
    return {kName,        kKind,        kProvider,          kEnvironment, kOwner,       kUsedBy,
            kVaultPath,   kProviderApi, kRotationFrequency, kSchedule,    kGracePeriod, kSupportsDualKey,
            kCriticality, kLabels};
}

QString InventoryImport::cronProblem(const QString &expression)
{
    const QStringList fields = expression.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (fields.size() != 5)
        return tr("a schedule has 5 fields (minute hour day-of-month month day-of-week), not %1").arg(fields.size());
    static const QStringList months{QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                    QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                    QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                    QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    static const QStringList days{QStringLiteral("sun"), QStringLiteral("mon"), QStringLiteral("tue"),
                                  QStringLiteral("wed"), QStringLiteral("thu"), QStringLiteral("fri"),
                                  QStringLiteral("sat")};
    const CronField spec[5] = {{"minute", 0, 59, {}},
                               {"hour", 0, 23, {}},
                               {"day-of-month", 1, 31, {}},
                               {"month", 1, 12, months},
                               {"day-of-week", 0, 7, days}};
    for (int i = 0; i < 5; ++i) {
        const QString problem = cronFieldProblem(fields.at(i), spec[i]);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

ImportPreview InventoryImport::previewFile(const QString &path, ImportFormat format) const
{
    const QFileInfo info(path);
    ImportPreview preview;
    preview.source = info.fileName();
    if (!info.exists() || !info.isFile()) {
        preview.errors.append(ImportIssue{0, {}, tr("%1 does not exist or is not a file").arg(path)});
        return preview;
    }
    if (info.size() > kMaxFileBytes) {
        preview.errors.append(ImportIssue{0,
                                          {},
                                          tr("%1 is %2 MB; files over %3 MB are refused (split it into smaller files)")
                                              .arg(info.fileName())
                                              .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                                              .arg(kMaxFileBytes / (1024 * 1024))});
        return preview;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.errors.append(ImportIssue{0, {}, tr("cannot read %1: %2").arg(path, file.errorString())});
        return preview;
    }
    // Read no more than the limit, even if the file grew since it was measured.
    const QByteArray content = file.read(kMaxFileBytes + 1);
    if (format == ImportFormat::Auto)
        format = info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0 ? ImportFormat::Csv
                                                                                       : ImportFormat::Yaml;
    return this->preview(content, format, info.fileName());
}

ImportPreview InventoryImport::preview(const QByteArray &input, ImportFormat format, const QString &source) const
{
    ImportPreview preview;
    preview.source = source;
    RowReader reader(preview);
    if (input.size() > kMaxFileBytes) {
        reader.error(0, {}, tr("the file is over %1 MB and was refused").arg(kMaxFileBytes / (1024 * 1024)));
        return preview;
    }
    QByteArray content = input;
    if (content.startsWith("\xEF\xBB\xBF"))
        content.remove(0, 3);
    if (content.trimmed().isEmpty()) {
        reader.error(0, {}, tr("the file is empty"));
        return preview;
    }
    for (int line : invalidUtf8Lines(content))
        reader.error(line, {}, tr("the text is not valid UTF-8 (save the file as UTF-8)"));
    if (format == ImportFormat::Auto)
        format = content.trimmed().startsWith("name,") ? ImportFormat::Csv : ImportFormat::Yaml;

    QList<RawRow> inventoryRows;
    QList<RawRow> scheduleRows;
    if (format == ImportFormat::Csv) {
        const CsvDocument csv = parseCsv(QString::fromUtf8(content));
        for (const CsvProblem &p : csv.problems)
            reader.error(p.line, {}, p.message);
        if (csv.records.isEmpty())
            return preview;
        const CsvRecord &header = csv.records.first();
        QStringList columns;
        QSet<QString> seen;
        for (const CsvCell &cell : header.cells) {
            const QString column = cell.text.trimmed().toLower();
            if (column.isEmpty())
                reader.error(header.line, {}, tr("the header has an empty column name"));
            else if (seen.contains(column))
                reader.error(header.line, column, tr("the header names column %1 twice").arg(column));
            seen.insert(column);
            columns << column;
        }
        if (!seen.contains(kName)) {
            reader.error(header.line, kName,
                         tr("the first row must be a header naming the columns, with at least %1 (found: %2)")
                             .arg(kName, columns.join(QStringLiteral(", "))));
            return preview;
        }
        for (qsizetype r = 1; r < csv.records.size(); ++r) {
            const CsvRecord &record = csv.records.at(r);
            const bool blank = std::all_of(record.cells.begin(), record.cells.end(),
                                           [](const CsvCell &c) { return c.text.trimmed().isEmpty(); });
            if (blank)
                continue;
            if (record.cells.size() != columns.size()) {
                reader.error(record.line, {},
                             tr("this row has %1 cells where the header has %2 columns (a comma inside a cell needs "
                                "quotes)")
                                 .arg(record.cells.size())
                                 .arg(columns.size()));
                continue;
            }
            RawRow row;
            row.line = record.line;
            for (int c = 0; c < columns.size(); ++c) {
                if (columns.at(c).isEmpty())
                    continue;
                RawValue v;
                v.type = RawValue::Type::Scalar;
                v.scalar = record.cells.at(c).text;
                v.line = record.cells.at(c).line;
                v.fromCsv = true;
                row.fields.append({columns.at(c), v});
            }
            inventoryRows.append(row);
        }
        // every header column that is neither known nor export-only is reported once, on the header
        for (const QString &column : columns) {
            if (!column.isEmpty() && !fieldNames().contains(column) && !exportOnlyFields().contains(column))
                reader.unknownField(header.line, column);
        }
        for (RawRow &row : inventoryRows) {
            row.fields.erase(std::remove_if(row.fields.begin(), row.fields.end(),
                                            [](const auto &f) {
                                                return !fieldNames().contains(f.first) &&
                                                       !exportOnlyFields().contains(f.first);
                                            }),
                             row.fields.end());
        }
    } else {
        YAML::Node root;
        try {
            root = YAML::Load(content.toStdString());
        } catch (const YAML::Exception &e) {
            reader.error(e.mark.is_null() ? 0 : e.mark.line + 1, {},
                         tr("this is not valid YAML: %1").arg(QString::fromStdString(e.msg)));
            return preview;
        }
        if (root.IsNull()) {
            reader.error(0, {}, tr("the file is empty"));
            return preview;
        }
        if (!root.IsMap()) {
            reader.error(root.Mark().line + 1, {},
                         tr("the file must be a mapping with api_keys: (the inventory) and/or rotation_schedules:"));
            return preview;
        }
        bool known = false;
        for (const auto &kv : root) {
            const QString key = kv.first.IsScalar() ? QString::fromStdString(kv.first.Scalar()) : QString();
            const int line = kv.first.Mark().line + 1;
            if (key == QLatin1String("api_keys")) {
                known = true;
                inventoryRows = yamlRows(kv.second, key, reader);
            } else if (key == QLatin1String("rotation_schedules")) {
                known = true;
                scheduleRows = yamlRows(kv.second, key, reader);
            } else {
                reader.warning(line, key, tr("unknown section '%1' is ignored").arg(key));
            }
        }
        if (!known) {
            reader.error(root.Mark().line + 1, {},
                         tr("the file has neither api_keys: (the inventory) nor rotation_schedules:"));
            return preview;
        }
    }

    // The inventory as stored, by name.
    auto inventory = m_store.inventory();
    if (!inventory) {
        reader.error(0, {}, inventory.errorMessage());
        return preview;
    }
    QHash<QString, Credential> stored;
    for (const InventoryRow &r : *inventory)
        stored.insert(r.credential.name, r.credential);

    QHash<QString, int> rowByName; // name → index in preview.rows
    QHash<QString, int> firstLine;
    for (const RawRow &raw : std::as_const(inventoryRows)) {
        auto patch = reader.inventoryRow(raw);
        if (!patch)
            continue;
        if (firstLine.contains(patch->name)) {
            reader.error(patch->line, kName,
                         tr("name '%1' already appears on line %2").arg(patch->name).arg(firstLine.value(patch->name)));
            continue;
        }
        firstLine.insert(patch->name, patch->line);
        ImportRow row;
        row.line = patch->line;
        const auto existing = stored.constFind(patch->name);
        if (existing != stored.constEnd()) {
            row.credential = *existing;
            row.action = ImportRow::Action::Change;
        } else {
            row.action = ImportRow::Action::Add;
        }
        applyPatch(row.credential, *patch);
        if (row.action == ImportRow::Action::Add) {
            if (row.credential.provider.isEmpty())
                reader.error(row.line, kProvider, tr("provider is missing (a new credential needs one)"));
            if (row.credential.environment.isEmpty())
                reader.error(row.line, kEnvironment, tr("environment is missing (a new credential needs one)"));
        }
        rowByName.insert(patch->name, int(preview.rows.size()));
        preview.rows.append(row);
    }

    // Schedules apply to the credentials as they will be after the import.
    QHash<QString, int> scheduleLineByName;
    for (const RawRow &raw : std::as_const(scheduleRows)) {
        std::optional<QString> secret;
        std::optional<QString> cron;
        std::optional<qint64> grace;
        bool ok = true;
        bool haveSecret = false;
        for (const auto &[field, v] : raw.fields) {
            if (field == kSecret) {
                haveSecret = true;
                secret = reader.required(field, v);
                ok = ok && secret.has_value();
            } else if (field == kSchedule) {
                cron = reader.cron(field, v);
                ok = ok && cron.has_value();
            } else if (field == kGracePeriod) {
                grace = reader.duration(field, v);
                ok = ok && grace.has_value();
            } else if (field == QLatin1String("alert_on_failure") || field == QLatin1String("rollback_on_failure")) {
                ok = reader.boolean(field, v).has_value() && ok; // part of the guide's format; Keyturn always does both
            } else if (field != kProvider) {
                reader.unknownField(v.line, field);
            }
        }
        if (!haveSecret) {
            reader.error(raw.line, kSecret, tr("secret is missing (the credential's name or vault path)"));
            continue;
        }
        if (!ok)
            continue;
        // candidates: every stored credential and every one the file adds
        QStringList matches;
        const QString wanted = normalizedPath(*secret);
        const auto consider = [&](const Credential &c) {
            if (c.name == *secret) {
                matches = QStringList{c.name};
                return true;
            }
            const QString vault = normalizedPath(c.vaultPath);
            if (!vault.isEmpty() && !wanted.isEmpty() &&
                (vault == wanted || vault.endsWith(QLatin1Char('/') + wanted)) && !matches.contains(c.name))
                matches << c.name;
            return false;
        };
        bool exact = false;
        for (const ImportRow &r : std::as_const(preview.rows))
            if ((exact = consider(r.credential)))
                break;
        if (!exact) {
            for (const Credential &c : std::as_const(stored))
                if (!rowByName.contains(c.name) && (exact = consider(c)))
                    break;
        }
        if (matches.isEmpty()) {
            reader.error(raw.line, kSecret, tr("secret '%1' matches no credential by name or vault path").arg(*secret));
            continue;
        }
        if (matches.size() > 1) {
            matches.sort();
            reader.error(raw.line, kSecret,
                         tr("secret '%1' matches more than one credential (%2); use the name")
                             .arg(*secret, matches.join(QStringLiteral(", "))));
            continue;
        }
        const QString name = matches.first();
        if (scheduleLineByName.contains(name)) {
            reader.error(raw.line, kSecret,
                         tr("secret '%1' names %2, which line %3 already schedules")
                             .arg(*secret, name)
                             .arg(scheduleLineByName.value(name)));
            continue;
        }
        scheduleLineByName.insert(name, raw.line);
        auto index = rowByName.constFind(name);
        if (index == rowByName.constEnd()) {
            ImportRow row;
            row.line = raw.line;
            row.credential = stored.value(name);
            row.action = ImportRow::Action::Change;
            index = rowByName.insert(name, int(preview.rows.size()));
            preview.rows.append(row);
        }
        ImportRow &row = preview.rows[*index];
        if (cron)
            row.credential.scheduleCron = *cron;
        if (grace)
            row.credential.gracePeriodSeconds = *grace;
        if (!cron && !grace)
            reader.warning(raw.line, kSecret, tr("the entry for %1 sets neither schedule nor grace_period").arg(name));
    }

    for (ImportRow &row : preview.rows) {
        if (row.action == ImportRow::Action::Add)
            continue;
        row.changes = diff(stored.value(row.credential.name), row.credential);
        row.action = row.changes.isEmpty() ? ImportRow::Action::Unchanged : ImportRow::Action::Change;
    }
    std::stable_sort(preview.errors.begin(), preview.errors.end(),
                     [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
    std::stable_sort(preview.warnings.begin(), preview.warnings.end(),
                     [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
    return preview;
}

Result<ImportSummary> InventoryImport::apply(const ImportPreview &preview)
{
    if (preview.hasErrors())
        return Error{tr("the import file has errors (%1); nothing was imported").arg(preview.errors.size())};
    ImportSummary summary;
    Database &db = m_store.database();
    Transaction tx(db);
    if (!tx.status())
        return tx.status().error();
    QJsonArray addedNames;
    QJsonArray changedNames;
    constexpr int kNamesInAudit = 200; // the per-credential events carry every detail; this is the overview
    for (const ImportRow &row : preview.rows) {
        switch (row.action) {
        case ImportRow::Action::Add: {
            auto id = m_store.createCredential(row.credential);
            if (!id)
                return Error{tr("line %1: %2; nothing was imported").arg(row.line).arg(id.errorMessage())};
            if (addedNames.size() < kNamesInAudit)
                addedNames.append(row.credential.name);
            ++summary.added;
            break;
        }
        case ImportRow::Action::Change: {
            auto r = m_store.updateCredential(row.credential);
            if (!r)
                return Error{tr("line %1: %2; nothing was imported").arg(row.line).arg(r.errorMessage())};
            if (changedNames.size() < kNamesInAudit)
                changedNames.append(row.credential.name);
            ++summary.changed;
            break;
        }
        case ImportRow::Action::Unchanged: ++summary.unchanged; break;
        }
    }
    AuditEvent e;
    e.actor = m_store.actor();
    e.action = QStringLiteral("inventory.imported");
    e.targetType = QStringLiteral("workspace");
    e.targetId = QStringLiteral("inventory");
    e.details = canonicalDetails(QJsonObject{{QStringLiteral("source"), preview.source},
                                             {QStringLiteral("added"), summary.added},
                                             {QStringLiteral("changed"), summary.changed},
                                             {QStringLiteral("unchanged"), summary.unchanged},
                                             {QStringLiteral("added_names"), addedNames},
                                             {QStringLiteral("changed_names"), changedNames}});
    if (auto r = m_store.auditLog().append(std::move(e)); !r)
        return Error{tr("%1; nothing was imported").arg(r.errorMessage())};
    if (auto r = tx.commit(); !r)
        return Error{tr("%1; nothing was imported").arg(r.errorMessage())};
    return summary;
}

} // namespace keyturn
