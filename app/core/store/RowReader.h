#pragma once

#include "../Result.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace keyturn {

/// A JSON array of strings as the store keeps lists (["a","b"]); empty or malformed text gives an empty list.
QStringList stringListFromJson(QByteArrayView json);

/// One result row, read column by column, whichever way the rows come: a QSqlQuery (any driver) or a statement
/// straight on the SQLite connection (Database::sqliteHandle). Row mappers are written once against this shape.
/// `shared` and `list` keep one copy of each distinct value for the reader's life: providers, owners, services repeat
/// across thousands of rows, and a list column parses each distinct JSON text once.
class QueryRow
{
public:
    explicit QueryRow(const QSqlQuery &query) : m_query(query) {}
    bool isNull(int column) const { return m_query.isNull(column); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    QString text(int column) const { return m_query.value(column).toString(); }
    QString shared(int column);
    QStringList list(int column);

private:
    const QSqlQuery &m_query;
    QHash<QString, QString> m_strings;
    QHash<QString, QStringList> m_lists;
};

/// A read-only statement on the SQLite connection itself: no QVariant per value. Finalized when destroyed.
class SqliteRows
{
public:
    SqliteRows(sqlite3 *db, const QString &sql);
    ~SqliteRows();
    SqliteRows(const SqliteRows &) = delete;
    SqliteRows &operator=(const SqliteRows &) = delete;

    /// Whether the statement was prepared; error() says why not.
    Result<void> status() const { return m_status; }
    /// Steps to the next row: true while there is one; a failure ends the rows and shows in status().
    bool next();
    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;
    QString shared(int column);
    QStringList list(int column);

private:
    std::string_view bytes(int column) const;
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    Result<void> m_status;
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_strings;
    std::unordered_map<std::string, QStringList, Hash, std::equal_to<>> m_lists;
};

} // namespace keyturn
