"""Private to the `html` builder: the offline index page's view model, template, CSS and script."""
