"""The practice-exchange portal: project settings, root URLs, home page and shared base pages."""
