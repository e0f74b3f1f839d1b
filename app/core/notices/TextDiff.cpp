#include "TextDiff.h"

#include <QList>
#include <QStringList>

#include <vector>

namespace keyturn {

namespace {
struct Line
{
    char op; // ' ', '-', '+'
    QString text;
    int oldNo;
    int newNo;
};
} // namespace

QString unifiedDiff(const QString &before, const QString &after, const QString &label)
{
    if (before == after)
        return {};
    const QStringList a = before.split(QLatin1Char('\n'));
    const QStringList b = after.split(QLatin1Char('\n'));
    const int n = int(a.size());
    const int m = int(b.size());
    // Longest common subsequence table from the end; notices are short, so O(n·m) is fine.
    std::vector<std::vector<int>> lcs(size_t(n) + 1, std::vector<int>(size_t(m) + 1, 0));
    for (int i = n - 1; i >= 0; --i) {
        for (int j = m - 1; j >= 0; --j)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    QList<Line> lines;
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            lines.append({' ', a[i], i + 1, j + 1});
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            lines.append({'-', a[i], i + 1, j});
            ++i;
        } else {
            lines.append({'+', b[j], i, j + 1});
            ++j;
        }
    }
    constexpr int kContext = 2;
    QString out = QStringLiteral("--- %1\n+++ %1\n").arg(label);
    int k = 0;
    const int total = int(lines.size());
    while (k < total) {
        if (lines[k].op == ' ') {
            ++k;
            continue;
        }
        int start = std::max(0, k - kContext);
        int end = k;
        // extend the hunk while changes are within 2·context lines of each other
        int last = k;
        for (int p = k; p < total; ++p) {
            if (lines[p].op != ' ')
                last = p;
            else if (p - last > 2 * kContext)
                break;
        }
        end = std::min(total, last + kContext + 1);
        int oldStart = 0, oldCount = 0, newStart = 0, newCount = 0;
        for (int p = start; p < end; ++p) {
            if (lines[p].op != '+') {
                if (!oldStart)
                    oldStart = lines[p].oldNo;
                ++oldCount;
            }
            if (lines[p].op != '-') {
                if (!newStart)
                    newStart = lines[p].newNo;
                ++newCount;
            }
        }
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(oldStart).arg(oldCount).arg(newStart).arg(newCount);
        for (int p = start; p < end; ++p)
            out += QLatin1Char(lines[p].op) + lines[p].text + QLatin1Char('\n');
        k = end;
    }
    return out;
}

} // namespace keyturn
