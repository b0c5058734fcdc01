#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QLabel;

namespace Berth::Gui {

// What the window shows before a project is open: open a folder, or pick a recent one.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentProjects(const QStringList &paths);

Q_SIGNALS:
    void openProjectRequested();
    void recentProjectActivated(const QString &path);
    void tryLocallyRequested();

private:
    void activate(const QListWidgetItem *item);

    QListWidget *m_recentList = nullptr;
    QLabel *m_recentHeading = nullptr;
};

} // namespace Berth::Gui
