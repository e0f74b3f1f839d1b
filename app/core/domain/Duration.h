#pragma once

#include <QString>

#include <chrono>
#include <optional>

namespace keyturn {

/// Parses the rotation guide's durations: a whole number followed by s, m, h, d or w ("30d", "2h", "90m").
/// Compound forms ("1h30m") are accepted. Returns nullopt for anything else, including zero and negative values.
std::optional<std::chrono::seconds> parseDuration(const QString &text);

/// The shortest exact spelling of a duration in the same units ("2h", "30d", "1h30m").
QString formatDuration(std::chrono::seconds duration);

} // namespace keyturn
