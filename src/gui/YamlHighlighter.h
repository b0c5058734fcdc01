#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Berth::Gui {

// Colours deploy.yml as people read it: keys, comments, quoted strings, anchors and aliases,
// and ERB tags (which run before YAML is read) set apart from everything else. Line based:
// cheap enough to run on every keystroke.
class YamlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit YamlHighlighter(QTextDocument *document, bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    QList<Rule> m_rules;
};

} // namespace Berth::Gui
