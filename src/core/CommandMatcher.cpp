#include "core/CommandMatcher.h"

#include <algorithm>

namespace Berth {

namespace {

// Whether the letters of `word` appear in `text` in order ("rlbk" in "roll back"); the
// number of letters skipped between them, or -1.
int subsequenceGaps(const QString &word, const QString &text)
{
    int gaps = 0;
    qsizetype at = 0;
    for (const QChar letter : word) {
        const qsizetype found = text.indexOf(letter, at);
        if (found < 0)
            return -1;
        if (at > 0)
            gaps += int(found - at);
        at = found + 1;
    }
    return gaps;
}

} // namespace

int CommandMatcher::score(const QString &word, const Command &command)
{
    const QString title = command.title.toLower();
    const QString needle = word.toLower();
    if (needle.isEmpty())
        return 0;
    if (title.startsWith(needle))
        return 1000;
    // The start of a word of the title: "back" in "Roll back", "sec" in "Go to Secrets".
    for (qsizetype at = title.indexOf(needle); at >= 0; at = title.indexOf(needle, at + 1)) {
        if (!title.at(at - 1).isLetterOrNumber())
            return 800;
    }
    if (const qsizetype at = title.indexOf(needle); at >= 0)
        return 600 - int(std::min<qsizetype>(at, 100));
    if (command.keywords.toLower().contains(needle))
        return 400;
    // Letters in order, fewer skipped is better; only for words of two letters or more, so
    // that one letter does not match nearly everything.
    if (needle.size() >= 2) {
        if (const int gaps = subsequenceGaps(needle, title); gaps >= 0)
            return std::max(1, 200 - gaps * 10);
    }
    return -1;
}

QList<int> CommandMatcher::match(const QString &query) const
{
    const QStringList words = query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<std::pair<int, int>> ranked; // score, index
    for (int i = 0; i < m_commands.size(); ++i) {
        int total = 0;
        bool all = true;
        for (const QString &word : words) {
            const int s = score(word, m_commands.at(i));
            if (s < 0) {
                all = false;
                break;
            }
            total += s;
        }
        if (all)
            ranked.append({total, i});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<int> result;
    result.reserve(ranked.size());
    for (const auto &[s, index] : ranked)
        result.append(index);
    return result;
}

} // namespace Berth
