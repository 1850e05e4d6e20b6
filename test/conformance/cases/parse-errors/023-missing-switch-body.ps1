switch (1)
