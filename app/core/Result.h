#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace keyturn {

/// A failure a person can read: what went wrong and, where it matters, what was left unchanged.
/// Messages never carry secret values.
struct Error
{
    QString message;
    /// Someone else is doing this right now (another client holds the run's lease): nothing failed.
    bool busyElsewhere = false;
};

/// A value or an Error. The core reports failures this way rather than by exceptions.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_value(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<T>(m_value); }
    const T &value() const & { return std::get<T>(m_value); }
    /// By value from a temporary, so `for (x : store.list().value())` does not iterate a destroyed Result.
    T value() && { return std::get<T>(std::move(m_value)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    const Error &error() const { return std::get<Error>(m_value); }
    QString errorMessage() const { return ok() ? QString() : error().message; }
    /// The value, or `fallback` on failure (for displays that show nothing rather than an error).
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_value;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString errorMessage() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

} // namespace keyturn
