#pragma once

#include <QStringList>

// The one region where two texts differ, line by line: what was there, and what is there now.
// Enough to assert that an edit touched only the lines it had to. A last line that only gains
// its missing line break, or a CR of a CRLF file, does not count as a change.
struct LineDiff
{
    QStringList removed;
    QStringList added;
};

inline LineDiff diffLines(const QString &before, const QString &after)
{
    QStringList a = before.split(QLatin1Char('\n'));
    QStringList b = after.split(QLatin1Char('\n'));
    for (QStringList *lines : {&a, &b}) {
        for (QString &line : *lines) {
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
        }
    }
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    qsizetype tailA = a.size();
    qsizetype tailB = b.size();
    while (tailA > head && tailB > head && a.at(tailA - 1) == b.at(tailB - 1)) {
        --tailA;
        --tailB;
    }
    return {a.mid(head, tailA - head), b.mid(head, tailB - head)};
}
