#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Berth {

// The ranking behind the command palette: which commands a typed text names, best first.
// Case-insensitive; every word typed must match (a prefix of the title, the start of one of its
// words, a part of it, a part of the command's other words, or its letters in order), and
// commands that match better come first, ties in the order they were added. Pure, no widgets.
class CommandMatcher
{
public:
    struct Command
    {
        QString title; // what the palette shows: "Deploy", "Go to Secrets"
        QString keywords; // other words it answers to: its category, the CLI words, a path
    };

    void add(const Command &command) { m_commands.append(command); }
    [[nodiscard]] const QList<Command> &commands() const { return m_commands; }

    // Indexes into commands() of those `query` names, best first; all of them for no query.
    [[nodiscard]] QList<int> match(const QString &query) const;

    // How well one word names `command`: higher is better, negative is no match.
    [[nodiscard]] static int score(const QString &word, const Command &command);

private:
    QList<Command> m_commands;
};

} // namespace Berth
