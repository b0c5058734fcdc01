#include "core/TextDiff.h"

#include <QStringList>

#include <vector>

namespace Berth {

namespace {

enum class Op { Same, Removed, Added };

struct Line
{
    Op op;
    qsizetype oldIndex; // index in `before` (for Same/Removed)
    qsizetype newIndex; // index in `after` (for Same/Added)
};

// Longest common subsequence on lines. Configuration files are a few hundred lines at most, so
// the quadratic table is small; the common head and tail are stripped first anyway.
std::vector<Line> diff(const QStringList &a, const QStringList &b)
{
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
           && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;
    const auto n = static_cast<size_t>(a.size() - head - tail);
    const auto m = static_cast<size_t>(b.size() - head - tail);
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;) {
        for (size_t j = m; j-- > 0;) {
            lcs[i][j]
                = a.at(head + static_cast<qsizetype>(i)) == b.at(head + static_cast<qsizetype>(j))
                ? lcs[i + 1][j + 1] + 1
                : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    std::vector<Line> lines;
    for (qsizetype k = 0; k < head; ++k)
        lines.push_back({Op::Same, k, k});
    size_t i = 0;
    size_t j = 0;
    while (i < n || j < m) {
        const auto oi = head + static_cast<qsizetype>(i);
        const auto nj = head + static_cast<qsizetype>(j);
        if (i < n && j < m && a.at(oi) == b.at(nj)) {
            lines.push_back({Op::Same, oi, nj});
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            lines.push_back({Op::Removed, oi, -1}); // removals first, as diff -u prints them
            ++i;
        } else {
            lines.push_back({Op::Added, -1, nj});
            ++j;
        }
    }
    for (qsizetype k = 0; k < tail; ++k)
        lines.push_back({Op::Same, a.size() - tail + k, b.size() - tail + k});
    return lines;
}

} // namespace

QString unifiedDiff(const QString &before, const QString &after, const QString &fileName,
                    int context)
{
    if (before == after)
        return {};
    const QStringList a = before.split(QLatin1Char('\n'));
    const QStringList b = after.split(QLatin1Char('\n'));
    const std::vector<Line> lines = diff(a, b);

    QString out = QStringLiteral("--- a/%1\n+++ b/%1\n").arg(fileName);
    size_t k = 0;
    while (k < lines.size()) {
        if (lines[k].op == Op::Same) {
            ++k;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` lines after the last
        // change that is closer than 2*context lines to the previous one.
        const size_t start
            = k >= static_cast<size_t>(context) ? k - static_cast<size_t>(context) : 0;
        // The hunk runs on while the next change is within 2 × context unchanged lines.
        const auto margin = static_cast<size_t>(context);
        size_t lastChange = k;
        for (size_t h = k; h < lines.size() && h - lastChange <= 2 * margin; ++h) {
            if (lines[h].op != Op::Same)
                lastChange = h;
        }
        const size_t end = std::min(lines.size(), lastChange + 1 + margin);
        qsizetype oldStart = -1;
        qsizetype newStart = -1;
        qsizetype oldCount = 0;
        qsizetype newCount = 0;
        QString body;
        for (size_t h = start; h < end; ++h) {
            const Line &line = lines[h];
            if (line.op != Op::Added) {
                if (oldStart < 0)
                    oldStart = line.oldIndex;
                ++oldCount;
            }
            if (line.op != Op::Removed) {
                if (newStart < 0)
                    newStart = line.newIndex;
                ++newCount;
            }
            const QChar sign = line.op == Op::Same ? QLatin1Char(' ')
                : line.op == Op::Added             ? QLatin1Char('+')
                                                   : QLatin1Char('-');
            body += sign + (line.op == Op::Added ? b.at(line.newIndex) : a.at(line.oldIndex))
                + QLatin1Char('\n');
        }
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                   .arg(oldStart < 0 ? 0 : oldStart + 1)
                   .arg(oldCount)
                   .arg(newStart < 0 ? 0 : newStart + 1)
                   .arg(newCount)
            + body;
        k = end;
    }
    return out;
}

} // namespace Berth
