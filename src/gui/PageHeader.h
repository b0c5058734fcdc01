#pragma once

#include <QIcon>
#include <QWidget>

namespace Berth::Gui {

// The strip at the top of every page: icon, title and what the page is for.
class PageHeader : public QWidget
{
    Q_OBJECT

public:
    PageHeader(const QIcon &icon, const QString &title, const QString &purpose,
               QWidget *parent = nullptr);
};

} // namespace Berth::Gui
