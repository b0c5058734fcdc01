// The command palette's ranking: what a typed text finds, and in which order.
#include "core/CommandMatcher.h"

#include <QTest>

using namespace Berth;

class TestCommandMatcher : public QObject
{
    Q_OBJECT

private:
    static CommandMatcher palette()
    {
        CommandMatcher matcher;
        for (const auto &[title, keywords] : QList<std::pair<QString, QString>> {
                 {QStringLiteral("Go to Configuration"), QStringLiteral("page deploy.yml")},
                 {QStringLiteral("Go to Secrets"), QStringLiteral("page")},
                 {QStringLiteral("Go to Deploy"), QStringLiteral("page")},
                 {QStringLiteral("Go to Releases"), QStringLiteral("page")},
                 {QStringLiteral("Deploy"), QStringLiteral("operation kamal deploy")},
                 {QStringLiteral("Roll back to a version"), QStringLiteral("operation rollback")},
                 {QStringLiteral("Release the deploy lock"),
                  QStringLiteral("operation lock release")},
                 {QStringLiteral("Run alias backup-db"), QStringLiteral("alias")},
                 {QStringLiteral("Open /home/me/shop"), QStringLiteral("recent project")}})
            matcher.add({title, keywords});
        return matcher;
    }

    static QStringList titles(const CommandMatcher &matcher, const QString &query)
    {
        QStringList result;
        for (const int index : matcher.match(query))
            result.append(matcher.commands().at(index).title);
        return result;
    }

private Q_SLOTS:
    void everythingForNoQuery()
    {
        const CommandMatcher matcher = palette();
        QCOMPARE(matcher.match(QString()).size(), matcher.commands().size());
        QCOMPARE(matcher.match(QStringLiteral("   ")).constFirst(), 0);
    }

    // A title that starts with the text beats a word start, which beats a part of a word.
    void ranksPrefixesFirst()
    {
        const CommandMatcher matcher = palette();
        const QStringList deploy = titles(matcher, QStringLiteral("dep"));
        QCOMPARE(deploy.value(0), QStringLiteral("Deploy"));
        QCOMPARE(deploy.value(1), QStringLiteral("Go to Deploy"));
        QCOMPARE(deploy.value(2), QStringLiteral("Release the deploy lock"));
        QCOMPARE(titles(matcher, QStringLiteral("RELEA")).constFirst(),
                 QStringLiteral("Release the deploy lock"));
        QCOMPARE(titles(matcher, QStringLiteral("secr")),
                 QStringList {QStringLiteral("Go to Secrets")});
    }

    // Every word must match, in any order; keywords count, after the title.
    void matchesEveryWord()
    {
        const CommandMatcher matcher = palette();
        QCOMPARE(titles(matcher, QStringLiteral("lock release")),
                 QStringList {QStringLiteral("Release the deploy lock")});
        QCOMPARE(titles(matcher, QStringLiteral("shop")),
                 QStringList {QStringLiteral("Open /home/me/shop")});
        QCOMPARE(titles(matcher, QStringLiteral("recent")),
                 QStringList {QStringLiteral("Open /home/me/shop")});
        QVERIFY(titles(matcher, QStringLiteral("deploy nothing-like-this")).isEmpty());
    }

    // Letters in order find a command ("rlbk"), fewer skipped letters first; one letter alone
    // is not a fuzzy match.
    void findsLettersInOrder()
    {
        const CommandMatcher matcher = palette();
        QCOMPARE(titles(matcher, QStringLiteral("rlbk")).value(0),
                 QStringLiteral("Roll back to a version"));
        QCOMPARE(titles(matcher, QStringLiteral("bkdb")),
                 QStringList {QStringLiteral("Run alias backup-db")});
        QVERIFY(CommandMatcher::score(QStringLiteral("gtcf"),
                                      {QStringLiteral("Go to Configuration"), {}})
                > CommandMatcher::score(QStringLiteral("gtcf"),
                                        {QStringLiteral("Go to some Configuration"), {}}));
        QCOMPARE(CommandMatcher::score(QStringLiteral("z"), {QStringLiteral("Deploy"), {}}), -1);
    }
};

QTEST_GUILESS_MAIN(TestCommandMatcher)
#include "tst_commandmatcher.moc"
