#include "RowReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

namespace keyturn {

QStringList stringListFromJson(QByteArrayView json)
{
    if (json.isEmpty() || json == "[]")
        return {};
    // The store writes compact arrays of plain strings; those are split here without a JSON parser. Anything else
    // (escapes, spaces, numbers) goes through QJsonDocument.
    QStringList out;
    if (json.front() == '[' && json.back() == ']' && !json.contains('\\')) {
        qsizetype i = 1;
        const qsizetype end = json.size() - 1;
        bool plain = true;
        while (i < end) {
            if (json.at(i) != '"') {
                plain = false;
                break;
            }
            const qsizetype close = json.indexOf('"', i + 1);
            if (close < 0 || close >= end) {
                plain = false;
                break;
            }
            out.append(QString::fromUtf8(json.sliced(i + 1, close - i - 1)));
            i = close + 1;
            if (i < end) {
                if (json.at(i) != ',') {
                    plain = false;
                    break;
                }
                ++i;
            }
        }
        if (plain)
            return out;
        out.clear();
    }
    const QJsonArray array = QJsonDocument::fromJson(json.toByteArray()).array();
    out.reserve(array.size());
    for (const auto &v : array)
        out << v.toString();
    return out;
}

QString QueryRow::shared(int column)
{
    QString value = text(column);
    if (value.isEmpty())
        return value;
    const auto it = m_strings.constFind(value);
    if (it != m_strings.cend())
        return it.value();
    m_strings.insert(value, value);
    return value;
}

QStringList QueryRow::list(int column)
{
    const QString json = text(column);
    const auto it = m_lists.constFind(json);
    if (it != m_lists.cend())
        return it.value();
    QStringList value = stringListFromJson(json.toUtf8());
    m_lists.insert(json, value);
    return value;
}

SqliteRows::SqliteRows(sqlite3 *db, const QString &sql) : m_db(db)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK) {
        m_status = Error{QCoreApplication::translate("keyturn::Database", "The workspace database failed: %1")
                             .arg(QString::fromUtf8(sqlite3_errmsg(db)))};
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

SqliteRows::~SqliteRows()
{
    sqlite3_finalize(m_stmt);
}

bool SqliteRows::next()
{
    if (!m_stmt || !m_status)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_status = Error{QCoreApplication::translate("keyturn::Database", "The workspace database failed: %1")
                             .arg(QString::fromUtf8(sqlite3_errmsg(m_db)))};
    return false;
}

bool SqliteRows::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteRows::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::string_view SqliteRows::bytes(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!text)
        return {};
    return {text, size_t(sqlite3_column_bytes(m_stmt, column))};
}

QString SqliteRows::text(int column) const
{
    const std::string_view b = bytes(column);
    return QString::fromUtf8(b.data(), qsizetype(b.size()));
}

QString SqliteRows::shared(int column)
{
    const std::string_view b = bytes(column);
    if (b.empty())
        return QStringLiteral("");
    const auto it = m_strings.find(b);
    if (it != m_strings.end())
        return it->second;
    QString value = QString::fromUtf8(b.data(), qsizetype(b.size()));
    m_strings.emplace(std::string(b), value);
    return value;
}

QStringList SqliteRows::list(int column)
{
    const std::string_view b = bytes(column);
    const auto it = m_lists.find(b);
    if (it != m_lists.end())
        return it->second;
    QStringList value = stringListFromJson(QByteArrayView(b.data(), qsizetype(b.size())));
    m_lists.emplace(std::string(b), value);
    return value;
}

} // namespace keyturn
