#include "core/RecentProjects.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;

class TestRecentProjects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
        m_settings->clear();
    }

    void startsEmpty() { QVERIFY(RecentProjects(*m_settings).paths().isEmpty()); }

    void mostRecentComesFirstWithoutDuplicates()
    {
        RecentProjects recent(*m_settings);
        recent.add(QStringLiteral("/srv/a"));
        recent.add(QStringLiteral("/srv/b"));
        recent.add(QStringLiteral("/srv/x/../a/")); // the same folder spelled differently
        QCOMPARE(recent.paths(),
                 (QStringList {QStringLiteral("/srv/a"), QStringLiteral("/srv/b")}));
    }

    void keepsAtMostTenEntries()
    {
        RecentProjects recent(*m_settings);
        for (int i = 0; i < 15; ++i)
            recent.add(QStringLiteral("/srv/p%1").arg(i));
        QCOMPARE(recent.paths().size(), RecentProjects::MaxEntries);
        QCOMPARE(recent.paths().constFirst(), QStringLiteral("/srv/p14"));
        QCOMPARE(recent.paths().constLast(), QStringLiteral("/srv/p5"));
    }

    void survivesARestart()
    {
        RecentProjects(*m_settings).add(QStringLiteral("/srv/kept"));
        m_settings->sync();
        QSettings reopened(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QCOMPARE(RecentProjects(reopened).paths(), QStringList {QStringLiteral("/srv/kept")});
    }

    void removesAndClears()
    {
        RecentProjects recent(*m_settings);
        recent.add(QStringLiteral("/srv/a"));
        recent.add(QStringLiteral("/srv/b"));
        recent.remove(QStringLiteral("/srv/a/"));
        QCOMPARE(recent.paths(), QStringList {QStringLiteral("/srv/b")});
        recent.clear();
        QVERIFY(recent.paths().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

QTEST_GUILESS_MAIN(TestRecentProjects)
#include "tst_recentprojects.moc"
