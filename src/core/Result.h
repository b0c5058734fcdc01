#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Berth {

// What went wrong, in words a user can act on. Errors cross threads and layers as values,
// never as exceptions: `message` is translated and names what failed, where and what to do
// next; `detail` carries the raw evidence (a library's error text, a file:line) for the log
// and the "Details" part of a dialog.
struct Error
{
    QString code; // stable machine-readable identifier, e.g. "project.no-config"
    QString message; // one or two sentences for people
    QString detail; // optional evidence; never contains a secret value
};

// The failure half of a Result, as std::unexpected is for std::expected.
struct Unexpected
{
    Error error;
};

[[nodiscard]] inline Unexpected unexpected(Error error)
{
    return Unexpected {std::move(error)};
}

[[nodiscard]] inline Unexpected fail(QString code, QString message, QString detail = {})
{
    return Unexpected {Error {std::move(code), std::move(message), std::move(detail)}};
}

// A value or an Error: the subset of std::expected<T, Error> that Berth uses. std::expected
// itself needs C++23 library support that Debian 12's clang-tidy cannot parse; keeping the
// same member names lets this become an alias of std::expected once the tools catch up.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(const T &value)
        : m_state(std::in_place_index<0>, value)
    { }
    Result(T &&value)
        : m_state(std::in_place_index<0>, std::move(value))
    { }
    Result(Unexpected failure)
        : m_state(std::in_place_index<1>, std::move(failure.error))
    { }

    [[nodiscard]] bool has_value() const { return m_state.index() == 0; }
    explicit operator bool() const { return has_value(); }

    [[nodiscard]] T &value() & { return std::get<0>(m_state); }
    [[nodiscard]] const T &value() const & { return std::get<0>(m_state); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_state)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T &&operator*() && { return std::move(*this).value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    [[nodiscard]] const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Unexpected failure)
        : m_error(std::move(failure.error))
    { }

    [[nodiscard]] bool has_value() const { return !m_error.has_value(); }
    explicit operator bool() const { return has_value(); }
    [[nodiscard]] const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace Berth
