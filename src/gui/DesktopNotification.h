#pragma once

#include <QString>

class QWidget;

namespace Berth::Gui {

// Tells the user that something long finished while they looked elsewhere: the desktop's
// notification (through the system tray's messages where the desktop has them) and the
// taskbar/dock attention request, which every desktop has.
class DesktopNotification
{
public:
    static void show(QWidget *window, const QString &title, const QString &message, bool failed);
};

} // namespace Berth::Gui
