#pragma once

#include "NetError.h"

#include <functional>
#include <variant>

namespace keyturn {

/// A value or a NetError: what every network operation hands to its callback.
template<typename T> class [[nodiscard]] NetResult
{
public:
    NetResult(T value) : m_value(std::move(value)) {}
    NetResult(NetError error) : m_value(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<T>(m_value); }
    const T &value() const & { return std::get<T>(m_value); }
    T &&value() && { return std::get<T>(std::move(m_value)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }
    const NetError &error() const { return std::get<NetError>(m_value); }

private:
    std::variant<T, NetError> m_value;
};

/// Success without a value.
struct Done
{
};

template<typename T> using NetCallback = std::function<void(NetResult<T>)>;

} // namespace keyturn
